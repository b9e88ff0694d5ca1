export const THEME_STORAGE_KEY = 'learn-docker:theme';
