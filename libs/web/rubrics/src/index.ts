export { RubricsPage } from './pages/RubricsPage';
export { RubricYearPage } from './pages/RubricYearPage';
export { messages as rubricsMessages } from './i18n';
