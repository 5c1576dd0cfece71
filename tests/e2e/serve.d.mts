import type { Server } from 'node:http';
export function serve(options?: { root?: string; prefix?: string; port?: number; host?: string }): Promise<Server>;
