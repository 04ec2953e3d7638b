import { connectionType } from '../../core/connections';
import { Person } from './person';

export const PersonConnection = connectionType(Person, 'Person', 'people');
