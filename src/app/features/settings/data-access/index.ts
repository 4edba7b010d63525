export * from './settings.actions';
export * from './settings.feature';
export { settingsEffects } from './settings.effects';
export { SettingsApi } from './settings-api';
