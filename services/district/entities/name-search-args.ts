import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from '../../core/connections';

/** A name search and its page: the text first, as a client reads it, so not an extension of PageArgs (whose fields would lead). */
@ArgsType()
export class NameSearchArgs implements PageArgs {
  @Field(() => String, { description: 'Words of the name, or their beginnings ("do tr nam")' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'Only in this district (e.g. dong-da); every district if omitted' })
  district?: string | null;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return, from 0 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: "A page's endCursor: the page starts after that item" })
  after?: string | null;
}
