import type { Server } from 'node:http';
export function serve(options?: { root?: string; prefix?: string; port?: number; host?: string; headers?: Record<string, string> }): Promise<Server>;
