import type { NextFunction, Request, Response } from 'express';

export interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

/**
 * Reads the body of a request as bytes, up to `maxBytes`, before any parser sees it: a signature is computed over the
 * body exactly as sent, and the JSON parser's own limit is far below what a signed batch may be. A larger body is
 * answered 413 at once; the JSON parser leaves a body that has been read alone.
 */
export function readRawBody(maxBytes: number) {
  return (req: RawBodyRequest, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' && req.method !== 'PUT') return next();
    const tooLarge = () => {
      res.status(413).set('Connection', 'close').json({ error: 'payload too large', maxBytes });
    };
    if (Number(req.headers['content-length']) > maxBytes) {
      tooLarge();
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      req.rawBody = Buffer.concat(chunks);
      next();
    });
    req.on('error', (error) => {
      if (!refused) next(error);
    });
  };
}
