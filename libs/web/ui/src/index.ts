import './styles';

export { Button, ButtonGroup, DownloadLink, type ButtonProps } from './components/Button';
export {
  FileField,
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
export {
  DrawerExtensionsProvider,
  PostExtras,
  RubricExtras,
  useDrawerExtensions,
  type DrawerExtensions,
} from './components/DrawerExtensions';
export { LanguageSwitch } from './components/LanguageSwitch';
export { Initials, initialsOf } from './components/Initials';
export { PostStatusBadge } from './components/PostStatusBadge';
export { ToggleGroup, type ToggleOption } from './components/ToggleGroup';
export { UsageBar } from './components/UsageBar';
export {
  I18nProvider,
  useT,
  useLocale,
  useSetLocale,
  type Catalogue,
  type Catalogues,
  type SharedKey,
  type Translate,
} from './i18n/I18nProvider';
export { sharedMessages } from './i18n';
export { CopyButton, SecretOnce } from './components/SecretOnce';
export { RadioGroup, type RadioGroupProps } from './components/RadioGroup';
export { orgTime, daysBetween, type OrgTime, type CalendarDate, type Instant } from './format/org-time';
export { formats, type Formats } from './format/formats';
export { OrgTimeProvider, useOrgTime, useFormat } from './format/OrgTimeProvider';
export { Dialog, type DialogProps } from './components/Dialog';
export { useFocusReturn } from './components/useModalDialog';
export {
  describeFailure,
  focusFirstInvalid,
  QueryFailure,
  type Failure,
  type FailureFacts,
} from './components/Failure';
export { useMediaQuery, NARROW_SCREEN } from './hooks/useMediaQuery';
