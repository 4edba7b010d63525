// The test kit lives in server/testing/ (shared with the benches); this path keeps the tests' imports short.
export * from '../../testing/job-rows';
