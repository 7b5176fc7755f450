// The built-in chain-template library, in the order the library page lists it.
import type { ChainTemplate } from '../schema.js';
import { advancedPolymers } from './advanced-polymers.js';
import { apiVetDrugs } from './api-vet-drugs.js';
import { constructionMachinery } from './construction-machinery.js';
import { medicalDevices } from './medical-devices.js';
import { miningEquipment } from './mining-equipment.js';
import { powerBatteries } from './power-batteries.js';
import { smartTerminals } from './smart-terminals.js';
import { vaccinesBiologics } from './vaccines-biologics.js';

export const TEMPLATE_LIBRARY: readonly ChainTemplate[] = [
  constructionMachinery,
  miningEquipment,
  vaccinesBiologics,
  apiVetDrugs,
  medicalDevices,
  powerBatteries,
  advancedPolymers,
  smartTerminals,
];

/** A library template by its id, or by its chain name or title (as the CLI accepts it). */
export function findTemplate(key: string): ChainTemplate | undefined {
  const k = key.trim();
  return TEMPLATE_LIBRARY.find((t) => t.id === k || t.name === k || t.title === k);
}
