// Building the executable schema and printing the committed SDL.
export { buildApiSchema, printApiSchema } from './build';
