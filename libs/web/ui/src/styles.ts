// The NL Design System component CSS once, then Planbord's default theme (tokens), then our own layout on those tokens.
import '@utrecht/component-library-css/dist/index.css';
import './theme/planbord-theme.css';
import './styles/planbord.css';
import './styles/calendar.css';
import './styles/fields.css';
import './styles/dialog.css';
import './styles/responsive.css';
