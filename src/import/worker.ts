/// <reference lib="webworker" />
import { handleRequest } from './handleRequest';
import type { ImportRequest, WorkerMessage } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void handleRequest(event.data, (message: WorkerMessage) => self.postMessage(message));
};
