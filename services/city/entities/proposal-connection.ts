import { connectionType } from '../../core/connections';
import { Proposal } from './proposal';

export const ProposalConnection = connectionType(Proposal, 'Proposal', 'commendation dossiers');
