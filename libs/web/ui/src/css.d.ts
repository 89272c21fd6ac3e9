// Stylesheets are bundled by Vite; for the type checker a CSS import is a side effect only.
declare module '*.css';
