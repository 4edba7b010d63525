export * from './common';
export * from './auth';
export * from './customers';
export * from './settings';
export * from './report-template';
export * from './events';
