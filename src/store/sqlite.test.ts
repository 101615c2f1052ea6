import { openStore } from './index.ts';
import { storeContract } from './store.contract.ts';

storeContract('sqlite', () => openStore(':memory:'));
