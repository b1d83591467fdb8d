import { MemoryStore } from './MemoryStore';
import { describeDocStore } from './storeContract';

describeDocStore('MemoryStore', async () => ({ store: new MemoryStore(), cleanup: async () => {} }));
