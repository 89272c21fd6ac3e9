import './styles';

export { Button, ButtonGroup, type ButtonProps } from './components/Button';
export {
  TextField,
  TextArea,
  SelectField,
  CheckboxField,
  CheckboxGroup,
  type SelectOption,
  type TextFieldProps,
  type SelectFieldProps,
} from './components/FormFields';
export {
  Heading,
  Paragraph,
  Link,
  linkClassName,
  Alert,
  StatusBadge,
  ColorSwatch,
  Spinner,
  EmptyState,
  Card,
  PageHeader,
  Toolbar,
  SkipLink,
  VisuallyHidden,
  type AlertType,
  type BadgeStatus,
} from './components/Content';
export { Table, TableHeader, TableBody, TableRow, TableHeaderCell, TableCell } from './components/Table';
export { Drawer, type DrawerProps } from './components/Drawer';
export { LanguageSwitch } from './components/LanguageSwitch';
export { I18nProvider, useT, useLocale, useSetLocale, translate, type Translate } from './i18n/I18nProvider';
export type { MessageKey, Messages } from './i18n/nl';
