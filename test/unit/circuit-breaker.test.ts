import { CircuitBreaker } from '../../gateway/circuit-breaker';

function breaker() {
  const clock = { now: 0 };
  return { clock, breaker: new CircuitBreaker({ failures: 3, resetMs: 1000 }, () => clock.now) };
}

describe('the circuit breaker', () => {
  test('opens after the configured failures in a row, and fails fast until resetMs have passed', () => {
    const { clock, breaker: circuit } = breaker();
    for (let i = 0; i < 2; i += 1) circuit.failed(circuit.acquire()!);
    expect(circuit.state).toBe('closed');
    circuit.failed(circuit.acquire()!);
    expect(circuit.state).toBe('open');
    expect(circuit.acquire()).toBeUndefined();
    clock.now = 999;
    expect(circuit.acquire()).toBeUndefined();
    clock.now = 1000;
    expect(circuit.state).toBe('half-open');
  });

  test('a success resets the count of failures in a row', () => {
    const { breaker: circuit } = breaker();
    circuit.failed(circuit.acquire()!);
    circuit.failed(circuit.acquire()!);
    circuit.succeeded();
    circuit.failed(circuit.acquire()!);
    circuit.failed(circuit.acquire()!);
    expect(circuit.state).toBe('closed');
  });

  test('half-open lets one trial through; its success closes the circuit', () => {
    const { clock, breaker: circuit } = breaker();
    for (let i = 0; i < 3; i += 1) circuit.failed(circuit.acquire()!);
    clock.now = 1000;
    expect(circuit.acquire()).toEqual({ trial: true });
    expect(circuit.acquire()).toBeUndefined();
    circuit.succeeded();
    expect(circuit.state).toBe('closed');
    expect(circuit.acquire()).toEqual({ trial: false });
  });

  test("a failed trial opens the circuit again for another resetMs", () => {
    const { clock, breaker: circuit } = breaker();
    for (let i = 0; i < 3; i += 1) circuit.failed(circuit.acquire()!);
    clock.now = 1500;
    circuit.failed(circuit.acquire()!);
    expect(circuit.state).toBe('open');
    clock.now = 2499;
    expect(circuit.acquire()).toBeUndefined();
    clock.now = 2500;
    expect(circuit.acquire()).toEqual({ trial: true });
  });

  test('late failures of fetches sent before it opened do not delay the trial', () => {
    const { clock, breaker: circuit } = breaker();
    const late = circuit.acquire()!;
    for (let i = 0; i < 3; i += 1) circuit.failed(circuit.acquire()!);
    clock.now = 900;
    circuit.failed(late);
    clock.now = 1000;
    expect(circuit.state).toBe('half-open');
  });
});
