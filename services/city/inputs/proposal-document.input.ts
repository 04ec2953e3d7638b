import { Field, InputType } from 'type-graphql';
import { MaxLength, NotBlank } from '../../core/inputs';

@InputType({ description: 'A document the dossier attaches, by reference: its number, date and title (no file is stored)' })
export class ProposalDocumentInput {
  @Field(() => String, { description: 'The number as written, e.g. 125/TTr-UBND (at most 64 characters)' })
  @MaxLength(64)
  @NotBlank()
  number!: string;

  @Field(() => String, { description: 'The date it was issued (ISO date YYYY-MM-DD)' })
  issuedOn!: string;

  @Field(() => String, { description: 'Its title, e.g. Tờ trình đề nghị tặng Cờ thi đua của UBND Thành phố (at most 500 characters)' })
  @MaxLength(500)
  @NotBlank()
  title!: string;
}
