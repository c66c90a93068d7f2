import { afterAll } from 'vitest';
import { ruimTijdelijkeMappenOp } from './tijdelijke-map.ts';

// Every test file leaves nothing behind: its temp folders go, and the store daemons on them stop.
afterAll(ruimTijdelijkeMappenOp, 30_000);
