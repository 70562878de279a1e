// The version the CLI prints and the AWS user agent carries; kept in step with package.json by test/interface.test.ts.
export const VERSION = '0.1.0';
