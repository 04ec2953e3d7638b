import type { DatasetName, PlannedDistrict } from '../datasets';

/** The part of a district the generator works on: its units, each with the ids of its people. */
export interface Staff {
  dataset: DatasetName;
  district: PlannedDistrict;
  unitIds: string[];
  peopleOfUnit: Map<string, string[]>;
  unitOf: Map<string, string>;
  personIds: string[];
  /** People an article names: the generator never disciplines them. */
  named: Set<string>;
}
