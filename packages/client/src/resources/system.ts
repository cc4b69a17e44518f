import { getHealth as getHealthRoute, getOpenApi as getOpenApiRoute } from '@tandem/contract';
import { bind } from '../bind.js';

/** Whether the server and its database answer. */
export const health = bind(getHealthRoute);

/** The server's OpenAPI 3.1 document (generated from the contract). */
export const openApi = bind(getOpenApiRoute);
