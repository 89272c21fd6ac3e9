import type { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Response } from 'express';
import { execute, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { RequestLoaders } from '../loaders';
import type { GraphQLContext, PlanbordRequest } from '../request';
import { SHEET_TYPES, type SheetFileType } from './sheet';

export interface OwnQueryParts {
  modules: ModuleRef;
  db: DataSource;
  config: AppConfig;
  logger: Logger;
}

/**
 * Runs one of the API's own GraphQL queries for a plain HTTP request, as the person signed in: the permission table,
 * the validation and the loaders apply as they do on `/graphql`. Answers an error itself (400 for bad input, 403,
 * 401, else 500 without the internal message) and gives null then.
 */
export async function runOwnQuery<T>(
  parts: OwnQueryParts,
  req: PlanbordRequest,
  res: Response,
  document: DocumentNode,
  variableValues: Record<string, unknown>,
): Promise<T | null> {
  const context: GraphQLContext = {
    req,
    res,
    loaders: new RequestLoaders(),
    db: parts.db,
    orgTimeZone: parts.config.orgTimeZone,
  };
  const result = await execute({
    // The app's GraphQL module holds the schema; a feature module sees it only through the whole app.
    schema: parts.modules.get(GraphQLSchemaHost, { strict: false }).schema,
    document,
    variableValues,
    contextValue: context,
  });
  if (!result.errors?.length) return result.data as T;
  const [error] = result.errors;
  const code = error.extensions?.code;
  const status = code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : code ? 400 : 500;
  if (status === 500) parts.logger.error(`export: ${error.message}`);
  res.status(status).json({
    error: status === 500 ? 'the export failed' : error.message,
    ...(code ? { code } : {}),
    ...(error.extensions?.fields ? { fields: error.extensions.fields } : {}),
  });
  return null;
}

/** Sends a spreadsheet file as a download that no cache keeps. */
export function sendSheetFile(res: Response, type: SheetFileType, fileName: string, body: Buffer): void {
  res
    .status(200)
    .set({
      'Content-Type': SHEET_TYPES[type],
      'Content-Disposition': `attachment; filename="${fileName}.${type}"`,
      'Cache-Control': 'private, no-store',
    })
    .send(body);
}
