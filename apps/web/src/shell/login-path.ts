/** The login page's address, apart from the other routes so the first download does not carry the navigation. */
export const LOGIN_PATH = '/login';
