import { afterAll } from 'vitest';
import { openStore } from './index.ts';
import { dropSchema, freshSchemaUrl, postgresUnavailable } from './postgres-env.ts';
import { storeContract } from './store.contract.ts';

const skip = (await postgresUnavailable()) ?? false;
const url = freshSchemaUrl();
storeContract('postgres', () => openStore(url), skip);
afterAll(async () => {
  if (!skip) await dropSchema(url);
});
