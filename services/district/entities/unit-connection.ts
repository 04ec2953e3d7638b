import { connectionType } from '../../core/connections';
import { Unit } from './unit';

export const UnitConnection = connectionType(Unit, 'Unit', 'units');
