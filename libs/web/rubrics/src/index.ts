export { RubricsPage } from './pages/RubricsPage';
export { RubricYearPage } from './pages/RubricYearPage';
