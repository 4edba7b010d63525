import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../shared/errors';

interface Issue {
  in: string;
  path: string;
  message: string;
}

/** Fastify's own 4xx errors, with a code and a sentence of ours (never the internal message). */
const clientErrors: Record<number, [code: string, message: string]> = {
  400: ['bad_request', 'The request could not be understood.'],
  404: ['not_found', 'Not found.'],
  405: ['method_not_allowed', 'This method is not allowed here.'],
  406: ['not_acceptable', 'This representation cannot be produced.'],
  413: ['payload_too_large', 'The request body is too large.'],
  414: ['uri_too_long', 'The address is too long.'],
  415: ['unsupported_media_type', 'This content type is not accepted.'],
  431: ['headers_too_large', 'The request headers are too large.'],
};

/** The one error shape `{ error: { code, message, details? } }` for every failure, never a stack. */
export function errorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return sendError(reply, error.statusCode, error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues = error.validation.flatMap((v): Issue[] => {
        const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
        const keys = (v.params as { keys?: unknown }).keys;
        if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
          return keys.map((key) => ({ in: where, path: path ? `${path}.${key}` : String(key), message: 'Unknown field' }));
        }
        return [{ in: where, path, message: v.message ?? 'Invalid value' }];
      });
      return sendError(reply, 400, 'invalid_input', 'Some fields are invalid.', { issues });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return sendError(reply, 400, 'invalid_json', 'The request body is not valid JSON.');
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendError(reply, 400, 'invalid_input', 'The request body is empty.');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const [code, message] = clientErrors[status] ?? ['bad_request', 'The request could not be processed.'];
      return sendError(reply, status, code, message);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 500, 'internal_error', 'Something went wrong on our side. Please try again.', {
      requestId: request.id,
    });
  });
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: details === undefined ? { code, message } : { code, message, details } });
}

export function notFoundJson(request: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, 404, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]!.slice(0, 200)}.`);
}
