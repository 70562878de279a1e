// Types of the precompiled Compose schema validator (see generate.mjs).

export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export declare const validate: GeneratedValidator;
export default validate;
