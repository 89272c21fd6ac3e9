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
export { DrawerExtensionsProvider, useDrawerExtensions, type DrawerExtensions } from './components/DrawerExtensions';
export { LanguageSwitch } from './components/LanguageSwitch';
export { Initials, initialsOf } from './components/Initials';
export { ToggleGroup, type ToggleOption } from './components/ToggleGroup';
export { UsageBar } from './components/UsageBar';
export { I18nProvider, useT, useLocale, useSetLocale, translate, type Translate } from './i18n/I18nProvider';
export type { MessageKey, Messages } from './i18n/nl';
export { RadioGroup, type RadioGroupProps } from './components/RadioGroup';
export { ORG_TIME_ZONE, formatDate, formatTime, formatDateTime, formatLocalDate, monthNames } from './format/dates';
export { Dialog, type DialogProps } from './components/Dialog';
export { describeFailure, focusFirstInvalid, QueryFailure, type Failure, type FailureFacts } from './components/Failure';
