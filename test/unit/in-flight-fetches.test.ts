import { InFlightFetches } from '../../gateway/in-flight-fetches';

interface Answer {
  text: string;
}

/** A fetch the test answers when it likes, remembering the signal it was given. */
function heldFetch() {
  const signals: AbortSignal[] = [];
  let answer!: (value: Answer) => void;
  let fail!: (error: Error) => void;
  const send = jest.fn((signal: AbortSignal) => {
    signals.push(signal);
    return new Promise<Answer>((resolve, reject) => {
      answer = resolve;
      fail = reject;
    });
  });
  return { send, signals, answer: (text: string) => answer({ text }), fail: (error: Error) => fail(error) };
}

describe('fetches in flight', () => {
  test('callers of one key share one fetch and its answer; other keys fetch on their own; once answered, the next caller fetches anew', async () => {
    const fetches = new InFlightFetches<Answer>();
    const held = heldFetch();
    const first = fetches.fetch('k', held.send);
    const second = fetches.fetch('k', held.send);
    const other = heldFetch();
    void fetches.fetch('other', other.send);
    expect(held.send).toHaveBeenCalledTimes(1);
    expect(other.send).toHaveBeenCalledTimes(1);
    held.answer('{"data":{"n":1}}');
    const [a, b] = await Promise.all([first, second]);
    expect(a).toEqual({ text: '{"data":{"n":1}}' });
    expect(b).toBe(a);

    const again = heldFetch();
    const third = fetches.fetch('k', again.send);
    expect(again.send).toHaveBeenCalledTimes(1);
    again.answer('{}');
    expect(await third).toEqual({ text: '{}' });
  });

  test('a caller past its deadline stops waiting alone; the fetch is aborted once no caller waits', async () => {
    const fetches = new InFlightFetches<Answer>();
    const held = heldFetch();
    const impatient = new AbortController();
    const patient = new AbortController();
    const first = fetches.fetch('k', held.send, impatient.signal);
    const second = fetches.fetch('k', held.send, patient.signal);
    impatient.abort(new Error('deadline of the first'));
    await expect(first).rejects.toThrow('deadline of the first');
    expect(held.signals[0].aborted).toBe(false);
    held.answer('{"data":{}}');
    expect(await second).toEqual({ text: '{"data":{}}' });

    const abandoned = heldFetch();
    const alone = new AbortController();
    const third = fetches.fetch('k', abandoned.send, alone.signal);
    alone.abort(new Error('gone'));
    await expect(third).rejects.toThrow('gone');
    expect(abandoned.signals[0].aborted).toBe(true);
    // An abandoned fetch is not joined: the next caller starts its own.
    const next = heldFetch();
    void fetches.fetch('k', next.send);
    expect(next.send).toHaveBeenCalledTimes(1);
  });

  test('a failed fetch fails each caller with an error of its own that keeps the cause', async () => {
    const fetches = new InFlightFetches<Answer>();
    const held = heldFetch();
    const callers = [fetches.fetch('k', held.send), fetches.fetch('k', held.send)];
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    held.fail(refused);
    const errors = await Promise.all(callers.map((caller) => caller.then(() => null, (error: Error) => error)));
    expect(errors[0]).not.toBe(errors[1]);
    for (const error of errors) expect(error).toMatchObject({ message: 'connect ECONNREFUSED', cause: refused });
  });
});
