import type { DataSource, EntitySubscriberInterface, InsertEvent, ObjectLiteral } from 'typeorm';

/**
 * Makes the `nth` insert of an entity fail, inside whatever transaction runs it, until the returned
 * function is called: how the tests break a multi-row write between two inserts.
 */
export function failOnInsert(db: DataSource, entity: Function, nth = 2): () => void {
  let inserts = 0;
  const subscriber: EntitySubscriberInterface<ObjectLiteral> = {
    listenTo: () => entity,
    afterInsert(_event: InsertEvent<ObjectLiteral>) {
      inserts += 1;
      if (inserts === nth) throw new Error(`injected failure after insert ${nth - 1} of ${entity.name}`);
    },
  };
  db.subscribers.push(subscriber);
  return () => {
    db.subscribers.splice(db.subscribers.indexOf(subscriber), 1);
  };
}
