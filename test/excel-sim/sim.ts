// The Excel JavaScript API surface the host uses, over the in-memory model. Office.js semantics that matter:
// proxies whose properties must be loaded and synced before reading (PropertyNotLoaded), writes queued and applied
// at sync(), *OrNullObject proxies, requirement-set gating (ApiNotFound on emulated older hosts), and the payload
// limits of Excel on the web (5 MB per request and per response, 5,000,000 cells per range read).
// No Node APIs: this file is also bundled into a browser page.
import { MAX_COLS, MAX_ROWS, Rect, parseLocal, quoteSheet, rectAddress, splitSheet } from './a1';
import { SimBorder, SimSheet, SimValue, SimWorkbook, Side, formulaOf, key, writeCell } from './model';
import type { SimEventKind, SimListener } from './events';

export interface SimOptions {
  /** Highest ExcelApi minor version the emulated host supports, e.g. '1.18' (default) or '1.7'. */
  apiVersion?: string;
  /** Request/response payload limit in bytes (default 5 MB as in Excel on the web). */
  maxPayloadBytes?: number;
  /** Largest range whose cells may be read in one load (default 5,000,000). */
  maxReadCells?: number;
}

export interface SimStats {
  /** context.sync() calls, including the implicit one at the end of Excel.run when work was pending. */
  syncs: number;
  /** Round trips that carried work (a sync with nothing queued costs nothing in Office.js). */
  requests: number;
  ops: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  totalBytes: number;
}

export class SimError extends Error {
  override name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function emptyStats(): SimStats {
  return {
    syncs: 0,
    requests: 0,
    ops: 0,
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    totalRequestBytes: 0,
    totalResponseBytes: 0,
    totalBytes: 0,
  };
}

export class SimHost {
  stats: SimStats = emptyStats();
  apiMinor: number;
  maxPayloadBytes: number;
  maxReadCells: number;
  /** Refuse change-event registration (as some hosts do), to exercise the pane's re-read fallback. */
  refuseChangeEvents = false;
  constructor(
    public workbook: SimWorkbook,
    options: SimOptions = {},
  ) {
    this.apiMinor = minorOf(options.apiVersion ?? '1.18');
    this.maxPayloadBytes = options.maxPayloadBytes ?? 5 * 1024 * 1024;
    this.maxReadCells = options.maxReadCells ?? 5_000_000;
  }
  supports(minor: number): boolean {
    return minor <= this.apiMinor;
  }
  resetStats(): void {
    this.stats = emptyStats();
  }
}

/**
 * A sync is a real round trip in Office.js (IPC or postMessage), so its promise settles in a later task, never in
 * the same one: the page gets to paint and handle input between syncs. setImmediate under Node, a MessageChannel
 * in browsers (no 4 ms timer clamping).
 */
const roundTrip: () => Promise<void> = (() => {
  const g = globalThis as { setImmediate?: (fn: () => void) => unknown };
  if (typeof g.setImmediate === 'function') {
    const si = g.setImmediate;
    return () => new Promise<void>((r) => void si(r));
  }
  if (typeof MessageChannel !== 'undefined') {
    const queue: Array<() => void> = [];
    const ch = new MessageChannel();
    ch.port1.onmessage = () => queue.shift()?.();
    return () =>
      new Promise<void>((r) => {
        queue.push(r);
        ch.port2.postMessage(0);
      });
  }
  return () => new Promise<void>((r) => setTimeout(r, 0));
})();

export function minorOf(version: string | number): number {
  const parts = String(version).split('.');
  return parts.length < 2 ? 0 : Number(parts[1]);
}

const notLoaded = (prop: string) =>
  new SimError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

// ---------- request context ----------

interface Op {
  payload: unknown;
  run(): { data: unknown; commit(): void } | void;
}

export class SimContext {
  _queue: Op[] = [];
  _nullables: ClientObject<unknown>[] = [];
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  constructor(readonly _host: SimHost) {
    this.workbook = new WorkbookProxy(this, 'wb', () => _host.workbook);
    this.application = new ApplicationProxy(this, 'app', () => _host.workbook);
  }

  async sync(): Promise<void> {
    const host = this._host;
    const stats = host.stats;
    stats.syncs++;
    const ops = this._queue;
    const nullables = this._nullables;
    this._queue = [];
    this._nullables = [];
    if (!ops.length && !nullables.length) return Promise.resolve();
    stats.requests++;
    stats.ops += ops.length;
    const requestBytes = utf8Length(JSON.stringify(ops.map((o) => o.payload))) + 64 * nullables.length;
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, requestBytes);
    stats.totalRequestBytes += requestBytes;
    stats.totalBytes += requestBytes;
    if (requestBytes > host.maxPayloadBytes) {
      throw new SimError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
        {
          bytes: requestBytes,
        },
      );
    }
    const data: unknown[] = [];
    const commits: Array<() => void> = [];
    for (const op of ops) {
      const r = op.run();
      if (r) {
        data.push(r.data);
        commits.push(r.commit);
      }
    }
    for (const n of nullables) n._loaded.isNullObject = n._resolveOrNull() === null;
    const responseBytes = data.length ? utf8Length(JSON.stringify(data)) : 0;
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, responseBytes);
    stats.totalResponseBytes += responseBytes;
    stats.totalBytes += responseBytes;
    if (responseBytes > host.maxPayloadBytes) {
      throw new SimError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
        {
          bytes: responseBytes,
        },
      );
    }
    for (const c of commits) c();
    await roundTrip();
  }

  _requireApi(minor: number, what: string): void {
    if (!this._host.supports(minor)) {
      throw new SimError(
        'ApiNotFound',
        `The API you are trying to use could not be found (${what}, ExcelApi 1.${minor}).`,
      );
    }
  }
}

// ---------- proxies ----------

interface PropDef<T> {
  get?: (t: T, self: ClientObject<T>) => unknown;
  set?: (t: T, v: unknown, self: ClientObject<T>) => void;
  api?: number;
}
type Defs<T> = Record<string, PropDef<T>>;
const registry = new WeakMap<object, Defs<never>>();

function defineProps<T>(cls: { prototype: object }, defs: Defs<T>): void {
  registry.set(cls.prototype, defs as Defs<never>);
  for (const [name, d] of Object.entries(defs)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject<T>) {
        if (!(name in this._loaded)) throw notLoaded(name);
        return this._loaded[name];
      },
      set(this: ClientObject<T>, v: unknown) {
        if (!d.set) throw new SimError('InvalidArgument', `The property '${name}' is read-only.`);
        this._queueSet(name, v, d);
      },
    });
  }
}

function defsOf<T>(obj: object): Defs<T> {
  const d = registry.get(Object.getPrototypeOf(obj));
  return (d ?? {}) as Defs<T>;
}

function parseLoadArg(arg: unknown): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoadArg(a));
  if (typeof arg === 'object' && 'select' in arg) return parseLoadArg((arg as { select?: string }).select);
  if (typeof arg === 'object') return Object.keys(arg as object);
  return [];
}

export abstract class ClientObject<T> {
  _loaded: Record<string, unknown> = {};
  private _t: T | null | undefined = undefined;
  /** Requirement set of the whole object (e.g. pageLayout 1.9, notes 1.18). */
  protected _api = 1;
  constructor(
    readonly context: SimContext,
    readonly _path: string,
    private readonly _resolver: () => T | null,
    nullable = false,
  ) {
    if (nullable) context._nullables.push(this as ClientObject<unknown>);
  }

  get isNullObject(): boolean {
    if (!('isNullObject' in this._loaded)) throw notLoaded('isNullObject');
    return this._loaded.isNullObject as boolean;
  }

  _resolveOrNull(): T | null {
    if (this._t === undefined) this._t = this._resolver();
    return this._t;
  }

  _res(): T {
    const t = this._resolveOrNull();
    if (t === null)
      throw new SimError('ItemNotFound', `The requested resource doesn't exist (${this._path}).`);
    return t;
  }

  protected _op(payload: unknown, run: Op['run']): void {
    this.context._queue.push({ payload, run });
  }

  _queueSet(name: string, v: unknown, d: PropDef<T>): void {
    this._op({ a: 'set', p: this._path, n: name, v }, () => {
      this.context._requireApi(Math.max(this._api, d.api ?? 1), name);
      d.set!(this._res(), v, this);
    });
  }

  protected _call(name: string, args: unknown[], api: number, fn: (t: T) => void): void {
    this._op({ a: 'call', p: this._path, m: name, args }, () => {
      this.context._requireApi(Math.max(this._api, api), name);
      fn(this._res());
    });
  }

  load(arg?: unknown): this {
    const defs = defsOf<T>(this);
    let names = parseLoadArg(arg);
    const nested = names.filter((n) => n.includes('/'));
    for (const n of nested) {
      const [head, ...rest] = n.split('/');
      const child = (this as unknown as Record<string, unknown>)[head];
      if (!(child instanceof ClientObject)) throw new SimError('InvalidArgument', `Cannot load '${n}'.`);
      child.load(rest.join('/'));
    }
    names = names.filter((n) => !n.includes('/'));
    if (!names.length && !nested.length)
      names = Object.keys(defs).filter((n) => !defs[n].api || this.context._host.supports(defs[n].api!));
    for (const n of names)
      if (!defs[n]?.get) throw new SimError('InvalidArgument', `The property '${n}' cannot be loaded.`);
    if (!names.length) return this;
    this._op({ a: 'load', p: this._path, props: names }, () => {
      for (const n of names) this.context._requireApi(Math.max(this._api, defs[n].api ?? 1), n);
      const t = this._resolveOrNull();
      const data: Record<string, unknown> = {};
      for (const n of names) data[n] = t === null ? null : defs[n].get!(t, this);
      return {
        data,
        commit: () => {
          Object.assign(this._loaded, data);
          this._loaded.isNullObject = t === null;
        },
      };
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    const out = { ...this._loaded };
    delete out.isNullObject;
    return out;
  }
}

// ---------- events ----------

/**
 * `EventHandlers` of Office.js: `add` registers at the next sync (ApiNotFound there on an older Excel) and returns
 * a result whose `remove` is queued on the same context, as Office.js requires.
 */
export class SimEventHandlers {
  constructor(
    private readonly context: SimContext,
    private readonly kind: SimEventKind,
    private readonly api: number,
    private readonly sheet?: () => SimSheet,
  ) {}
  add(fn: (args: unknown) => unknown): { context: SimContext; remove(): void } {
    const listener: SimListener = { kind: this.kind, fn };
    const events = () => this.context._host.workbook.events;
    this.context._queue.push({
      payload: { a: 'on', k: this.kind },
      run: () => {
        this.context._requireApi(this.api, this.kind);
        if (this.context._host.refuseChangeEvents && this.kind.endsWith('onChanged'))
          throw new SimError('NotImplemented', `This host does not deliver ${this.kind}.`);
        if (this.sheet) listener.sheetId = this.sheet().id;
        events().listeners.add(listener);
      },
    });
    return {
      context: this.context,
      remove: () =>
        this.context._queue.push({
          payload: { a: 'off', k: this.kind },
          run: () => void events().listeners.delete(listener),
        }),
    };
  }
  remove(fn: (args: unknown) => unknown): void {
    this.context._queue.push({
      payload: { a: 'off', k: this.kind },
      run: () => {
        const ls = this.context._host.workbook.events.listeners;
        for (const l of ls) if (l.kind === this.kind && l.fn === fn) ls.delete(l);
      },
    });
  }
}

// ---------- targets ----------

interface RangeT {
  sheet: SimSheet;
  rect: Rect;
}

function liveSheet(wb: SimWorkbook, s: SimSheet): SimSheet {
  if (!wb.sheets.includes(s)) throw new SimError('ItemNotFound', `The worksheet '${s.name}' was deleted.`);
  return s;
}

function forCells(rect: Rect, fn: (r: number, c: number) => void): void {
  for (let r = rect.r; r < rect.r + rect.rows; r++)
    for (let c = rect.c; c < rect.c + rect.cols; c++) fn(r, c);
}

function uniform<V>(rect: Rect, get: (r: number, c: number) => V): V | null {
  let first: V | undefined;
  let same = true;
  let seen = false;
  forCells(rect, (r, c) => {
    if (!same) return;
    const v = get(r, c);
    if (!seen) {
      first = v;
      seen = true;
    } else if (JSON.stringify(v) !== JSON.stringify(first)) same = false;
  });
  return same ? (first as V) : null;
}

function checkReadSize(host: SimHost, rect: Rect): void {
  if (rect.rows * rect.cols > host.maxReadCells) {
    throw new SimError(
      'ResponsePayloadSizeLimitExceeded',
      `The range has ${rect.rows * rect.cols} cells; reading more than ${host.maxReadCells} cells at once is not supported.`,
    );
  }
}

function matrix(rect: Rect, input: unknown, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rect.rows || input.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw new SimError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  return (r, c) => (input as unknown[][])[r - rect.r][c - rect.c];
}

function sheetRect(sheet: SimSheet, address: string): Rect {
  const rect = parseLocal(address);
  if (!rect)
    throw new SimError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (${address}).`,
    );
  void sheet;
  return rect;
}

// ---------- workbook, application ----------

export class WorkbookProxy extends ClientObject<SimWorkbook> {
  get worksheets(): WorksheetCollectionProxy {
    return new WorksheetCollectionProxy(this.context, 'wb.sheets', () => this.context._host.workbook);
  }
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.context, 'wb.notes', () => ({
      wb: this.context._host.workbook,
      sheet: null,
    }));
  }
  /** ExcelApi 1.2: the selection moved (args carry no address; read getSelectedRange). */
  get onSelectionChanged(): SimEventHandlers {
    return new SimEventHandlers(this.context, 'workbook.onSelectionChanged', 2);
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, 'wb.selection', () => {
      const wb = this.context._host.workbook;
      const s = wb.sheets.find((x) => x.id === wb.activeId)!;
      return { sheet: s, rect: s.selection };
    });
  }
}
defineProps<SimWorkbook>(WorkbookProxy, {});

export class ApplicationProxy extends ClientObject<SimWorkbook> {
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], 6, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], 9, () => undefined);
  }
}
defineProps<SimWorkbook>(ApplicationProxy, { calculationMode: { get: () => 'Automatic' } });

// ---------- worksheets ----------

const BAD_NAME = /[[\]:*?/\\]/;

function validateName(wb: SimWorkbook, name: string, self?: SimSheet): void {
  if (!name || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new SimError('InvalidArgument', `The worksheet name '${name}' is not valid.`);
  }
  const other = wb.sheet(name);
  if (other && other !== self)
    throw new SimError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
}

export class WorksheetCollectionProxy extends ClientObject<SimWorkbook> {
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `ws[${JSON.stringify(name)}]`, () => {
      const s = this.context._host.workbook.sheet(name);
      if (!s)
        throw new SimError('ItemNotFound', `The requested resource doesn't exist (worksheet '${name}').`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `ws?[${JSON.stringify(name)}]`,
      () => this.context._host.workbook.sheet(name) ?? null,
      true,
    );
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, 'ws.active', () => {
      const wb = this.context._host.workbook;
      return wb.sheets.find((s) => s.id === wb.activeId) ?? wb.sheets[0];
    });
  }
  get onChanged(): SimEventHandlers {
    return new SimEventHandlers(this.context, 'worksheets.onChanged', 9);
  }
  get onSelectionChanged(): SimEventHandlers {
    return new SimEventHandlers(this.context, 'worksheets.onSelectionChanged', 9);
  }
  add(name?: string): WorksheetProxy {
    let created: SimSheet | null = null;
    const proxy = new WorksheetProxy(this.context, `ws.add[${JSON.stringify(name ?? '')}]`, () => {
      if (!created) throw new SimError('InvalidOperation', 'The sheet was not created.');
      return created;
    });
    this._call('add', [name ?? null], 1, (wb) => {
      let n = name;
      if (!n) {
        let i = wb.sheets.length + 1;
        while (wb.sheet('Sheet' + i)) i++;
        n = 'Sheet' + i;
      }
      validateName(wb, n);
      created = wb.addSheet(n);
    });
    return proxy;
  }
  get items(): WorksheetProxy[] {
    if (!('items' in this._loaded)) throw notLoaded('items');
    return this._loaded.items as WorksheetProxy[];
  }
  override load(arg?: unknown): this {
    const names = parseLoadArg(arg)
      .map((n) => n.replace(/^items\//, ''))
      .filter((n) => n !== 'items');
    const defs = registry.get(WorksheetProxy.prototype) as unknown as Defs<SimSheet>;
    const props = names.length ? names : Object.keys(defs);
    this._op({ a: 'load', p: this._path, props }, () => {
      const wb = this._res();
      const items = wb.sheets.map((s) => {
        const p = new WorksheetProxy(this.context, `ws#${s.id}`, () => s);
        const d: Record<string, unknown> = {};
        for (const n of props) d[n] = defs[n].get!(s, p);
        return { p, d };
      });
      return {
        data: items.map((i) => i.d),
        commit: () => {
          for (const i of items) Object.assign(i.p._loaded, i.d, { isNullObject: false });
          this._loaded.items = items.map((i) => i.p);
        },
      };
    });
    return this;
  }
}
defineProps<SimWorkbook>(WorksheetCollectionProxy, {});

export class WorksheetProxy extends ClientObject<SimSheet> {
  declare name: string;
  declare visibility: string;
  declare position: number;
  declare id: string;

  private _sheet(): SimSheet {
    return liveSheet(this.context._host.workbook, this._res());
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.range(${address ?? ''})`, () => {
      const sheet = this._sheet();
      if (!address) return { sheet, rect: { r: 0, c: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const { sheet: sn, local } = splitSheet(address);
      if (sn !== null && sn.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new SimError('InvalidArgument', `The address '${address}' is on another sheet.`);
      }
      return { sheet, rect: sheetRect(sheet, local) };
    });
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.idx(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        this.context._requireApi(7, 'getRangeByIndexes');
        if (
          rowCount < 1 ||
          columnCount < 1 ||
          startRow + rowCount > MAX_ROWS ||
          startColumn + columnCount > MAX_COLS
        ) {
          throw new SimError(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
          );
        }
        return {
          sheet: this._sheet(),
          rect: { r: startRow, c: startColumn, rows: rowCount, cols: columnCount },
        };
      },
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.cell(${row},${column})`, () => ({
      sheet: this._sheet(),
      rect: { r: row, c: column, rows: 1, cols: 1 },
    }));
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.used(${!!valuesOnly})`, () => {
      const sheet = this._sheet();
      return { sheet, rect: sheet.usedRange(!!valuesOnly) ?? { r: 0, c: 0, rows: 1, cols: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.used?(${!!valuesOnly})`,
      () => {
        this.context._requireApi(4, 'getUsedRangeOrNullObject');
        const sheet = this._sheet();
        const rect = sheet.usedRange(!!valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
  delete(): void {
    this._call('delete', [], 1, (s) => {
      const wb = this.context._host.workbook;
      liveSheet(wb, s);
      const visible = wb.sheets.filter((x) => x.visibility === 'Visible' && x !== s);
      if (!visible.length)
        throw new SimError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      wb.sheets = wb.sheets.filter((x) => x !== s);
      if (wb.activeId === s.id) wb.activeId = visible[0].id;
    });
  }
  activate(): void {
    this._call('activate', [], 1, (s) => {
      if (s.visibility !== 'Visible')
        throw new SimError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this.context._host.workbook.activeId = liveSheet(this.context._host.workbook, s).id;
    });
  }
  get onChanged(): SimEventHandlers {
    return new SimEventHandlers(this.context, 'worksheet.onChanged', 7, () => this._sheet());
  }
  get onSelectionChanged(): SimEventHandlers {
    return new SimEventHandlers(this.context, 'worksheet.onSelectionChanged', 7, () => this._sheet());
  }
  get freezePanes(): FreezePanesProxy {
    return new FreezePanesProxy(this.context, `${this._path}.freeze`, () => this._sheet());
  }
  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.context, `${this._path}.pageLayout`, () => this._sheet());
  }
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.context, `${this._path}.notes`, () => ({
      wb: this.context._host.workbook,
      sheet: this._sheet(),
    }));
  }
}
defineProps<SimSheet>(WorksheetProxy, {
  name: {
    get: (s) => s.name,
    set: (s, v) => {
      validateName(s.workbook, String(v), s);
      s.name = String(v);
    },
  },
  id: { get: (s) => s.id },
  position: { get: (s) => s.workbook.sheets.indexOf(s) },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v) => {
      const vis = String(v);
      if (vis !== 'Visible' && vis !== 'Hidden' && vis !== 'VeryHidden')
        throw new SimError('InvalidArgument', vis);
      if (vis === 'VeryHidden' && !s.workbook.sheets.length) throw new SimError('InvalidOperation', vis);
      if (vis !== 'Visible' && !s.workbook.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
        throw new SimError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = vis;
      const wb = s.workbook;
      if (vis !== 'Visible' && wb.activeId === s.id)
        wb.activeId = wb.sheets.find((x) => x.visibility === 'Visible')!.id;
    },
  },
});

export class FreezePanesProxy extends ClientObject<SimSheet> {
  protected override _api = 7;
  freezeRows(count = 1): void {
    this._call('freezeRows', [count], 7, (s) => (s.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], 7, (s) => (s.freeze = { rows: 0, cols: count }));
  }
  freezeAt(frozen: RangeProxy | string): void {
    const addr = typeof frozen === 'string' ? frozen : null;
    this._call('freezeAt', [addr ?? (frozen as RangeProxy)._path], 7, (s) => {
      const rect =
        addr !== null
          ? sheetRect(s, splitSheet(addr).local)
          : frozen instanceof RangeProxy
            ? frozen._res().rect
            : null;
      if (!rect) throw new SimError('InvalidArgument', 'freezeAt');
      s.freeze = { rows: rect.r + rect.rows, cols: rect.c + rect.cols };
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], 7, (s) => (s.freeze = { rows: 0, cols: 0 }));
  }
}
defineProps<SimSheet>(FreezePanesProxy, {});

export class PageLayoutProxy extends ClientObject<SimSheet> {
  protected override _api = 9;
  setPrintTitleRows(rows: RangeProxy | string): void {
    const addr = typeof rows === 'string' ? rows : null;
    this._call('setPrintTitleRows', [addr ?? (rows as RangeProxy)._path], 9, (s) => {
      if (addr !== null) {
        const local = splitSheet(addr).local;
        if (!/^\$?\d+:\$?\d+$/.test(local))
          throw new SimError('InvalidArgument', `Print title rows must be whole rows (${addr}).`);
        s.pageLayout.printTitleRows = local.replace(/\$/g, '');
      } else {
        const rect = (rows as RangeProxy)._res().rect;
        s.pageLayout.printTitleRows = `${rect.r + 1}:${rect.r + rect.rows}`;
      }
    });
  }
}
defineProps<SimSheet>(PageLayoutProxy, {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v) => (s.pageLayout.orientation = String(v)),
  },
  paperSize: { get: (s) => s.pageLayout.paperSize, set: (s, v) => (s.pageLayout.paperSize = String(v)) },
  zoom: {
    get: (s) => ({ ...s.pageLayout.zoom }),
    set: (s, v) => (s.pageLayout.zoom = { ...(v as object) }),
  },
});

// ---------- ranges ----------

const DEFAULT_COLUMN_WIDTH = 48; // points, Excel's 8.43 characters

export class RangeProxy extends ClientObject<RangeT> {
  declare values: SimValue[][];
  declare formulas: SimValue[][];
  declare numberFormat: string[][];
  declare address: string;
  declare rowCount: number;
  declare columnCount: number;
  declare rowIndex: number;
  declare columnIndex: number;

  private _derive(tag: string, fn: (t: RangeT) => Rect): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.${tag}`, () => {
      const t = this._res();
      const rect = fn(t);
      if (
        rect.r < 0 ||
        rect.c < 0 ||
        rect.rows < 1 ||
        rect.cols < 1 ||
        rect.r + rect.rows > MAX_ROWS ||
        rect.c + rect.cols > MAX_COLS
      ) {
        throw new SimError('InvalidArgument', 'The range is outside the worksheet.');
      }
      return { sheet: t.sheet, rect };
    });
  }
  getCell(row: number, column: number): RangeProxy {
    return this._derive(`cell(${row},${column})`, ({ rect }) => ({
      r: rect.r + row,
      c: rect.c + column,
      rows: 1,
      cols: 1,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derive(`offset(${rowOffset},${columnOffset})`, ({ rect }) => ({
      ...rect,
      r: rect.r + rowOffset,
      c: rect.c + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derive(`resize(${deltaRows},${deltaColumns})`, ({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaColumns,
    }));
  }
  /** The overlap with another range (proxy or address) of the same sheet, or null when there is none. */
  private _overlap(other: RangeProxy | string): RangeT | null {
    const t = this._res();
    let rect: Rect;
    if (typeof other === 'string') {
      const { sheet: sn, local } = splitSheet(other);
      if (sn !== null && sn.toLowerCase() !== t.sheet.name.toLowerCase())
        throw new SimError('InvalidArgument', `The address '${other}' is on another sheet.`);
      rect = sheetRect(t.sheet, local);
    } else {
      const o = other._res();
      if (o.sheet !== t.sheet) throw new SimError('InvalidArgument', 'The ranges are on different sheets.');
      rect = o.rect;
    }
    const a = t.rect;
    const r = Math.max(a.r, rect.r);
    const c = Math.max(a.c, rect.c);
    const rows = Math.min(a.r + a.rows, rect.r + rect.rows) - r;
    const cols = Math.min(a.c + a.cols, rect.c + rect.cols) - c;
    return rows > 0 && cols > 0 ? { sheet: t.sheet, rect: { r, c, rows, cols } } : null;
  }
  getIntersection(anotherRange: RangeProxy | string): RangeProxy {
    const arg = typeof anotherRange === 'string' ? anotherRange : anotherRange._path;
    return new RangeProxy(this.context, `${this._path}.intersect(${arg})`, () => {
      const t = this._overlap(anotherRange);
      if (!t) throw new SimError('ItemNotFound', `The ranges do not intersect (${this._path}, ${arg}).`);
      return t;
    });
  }
  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    const arg = typeof anotherRange === 'string' ? anotherRange : anotherRange._path;
    return new RangeProxy(
      this.context,
      `${this._path}.intersect?(${arg})`,
      () => {
        this.context._requireApi(4, 'getIntersectionOrNullObject');
        return this._overlap(anotherRange);
      },
      true,
    );
  }
  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.context, `${this._path}.format`, () => this._res());
  }
  merge(across = false): void {
    this._call('merge', [across], 2, ({ sheet, rect }) => {
      const rects: Rect[] = across
        ? Array.from({ length: rect.rows }, (_, i) => ({
            r: rect.r + i,
            c: rect.c,
            rows: 1,
            cols: rect.cols,
          }))
        : [rect];
      for (const m of rects) {
        if (m.rows * m.cols < 2) continue;
        const overlaps = sheet.merges.filter((x) => intersects(x, m));
        if (overlaps.some((x) => !inside(x, m)))
          throw new SimError('InvalidOperation', 'Cannot merge a range that partly overlaps a merged cell.');
        sheet.merges = sheet.merges.filter((x) => !overlaps.includes(x));
        // Excel keeps the upper-left value and clears the rest of the area.
        forCells(m, (r, c) => {
          if (r === m.r && c === m.c) return;
          sheet.setRaw(r, c, '');
          sheet.formulas.delete(key(r, c));
        });
        sheet.merges.push({ ...m });
      }
    });
  }
  unmerge(): void {
    this._call('unmerge', [], 2, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((x) => !intersects(x, rect));
    });
  }
  select(): void {
    this._call('select', [], 1, ({ sheet, rect }) => {
      const wb = this.context._host.workbook;
      liveSheet(wb, sheet);
      if (sheet.visibility !== 'Visible')
        throw new SimError('InvalidSelection', 'Cannot select a range on a hidden sheet.');
      wb.activeId = sheet.id;
      sheet.selection = { ...rect };
      wb.events.selected(sheet, rectAddress(rect));
    });
  }
  clear(applyTo: string = 'All'): void {
    this._call('clear', [applyTo], 1, ({ sheet, rect }) => {
      const contents = applyTo === 'All' || applyTo === 'Contents';
      const formats = applyTo === 'All' || applyTo === 'Formats';
      forCells(rect, (r, c) => {
        const k = key(r, c);
        if (contents) {
          sheet.setRaw(r, c, '');
          sheet.formulas.delete(k);
          sheet.quotePrefix.delete(k);
        }
        if (formats) {
          for (const m of [
            sheet.numFmt,
            sheet.fills,
            sheet.fonts,
            sheet.hAlign,
            sheet.vAlign,
            sheet.wrap,
            sheet.borders,
          ])
            m.delete(k);
        }
        if (applyTo === 'All') sheet.hyperlinks.delete(k);
      });
      if (contents) sheet.workbook.events.changed(sheet, rectAddress(rect));
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      `${this._path}.mergedAreas?`,
      () => {
        this.context._requireApi(13, 'getMergedAreasOrNullObject');
        const { sheet, rect } = this._res();
        const rects = sheet.merges.filter((m) => intersects(m, rect));
        return rects.length ? { sheet, rects } : null;
      },
      true,
    );
  }
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
}
function inside(a: Rect, outer: Rect): boolean {
  return (
    a.r >= outer.r &&
    a.c >= outer.c &&
    a.r + a.rows <= outer.r + outer.rows &&
    a.c + a.cols <= outer.c + outer.cols
  );
}

function grid<V>(host: SimHost, rect: Rect, get: (r: number, c: number) => V): V[][] {
  checkReadSize(host, rect);
  const out: V[][] = new Array(rect.rows);
  for (let i = 0; i < rect.rows; i++) {
    const row: V[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) row[j] = get(rect.r + i, rect.c + j);
    out[i] = row;
  }
  return out;
}

defineProps<RangeT>(RangeProxy, {
  address: { get: ({ sheet, rect }) => `${quoteSheet(sheet.name)}!${rectAddress(rect)}` },
  rowCount: { get: ({ rect }) => rect.rows },
  columnCount: { get: ({ rect }) => rect.cols },
  rowIndex: { get: ({ rect }) => rect.r },
  columnIndex: { get: ({ rect }) => rect.c },
  cellCount: { get: ({ rect }) => rect.rows * rect.cols },
  values: {
    get: ({ sheet, rect }, self) => {
      // Fast path for plain rows (no formulas on the sheet): slice the stored row arrays.
      checkReadSize(self.context._host, rect);
      if (sheet.formulas.size === 0) {
        const out: SimValue[][] = new Array(rect.rows);
        for (let i = 0; i < rect.rows; i++) {
          const src = sheet.rows[rect.r + i];
          const row: SimValue[] = new Array(rect.cols);
          for (let j = 0; j < rect.cols; j++) {
            const v = src ? src[rect.c + j] : undefined;
            row[j] = v === undefined || v === null ? '' : v;
          }
          out[i] = row;
        }
        return out;
      }
      return grid(self.context._host, rect, (r, c) => sheet.value(r, c));
    },
    set: ({ sheet, rect }, v) => {
      const at = matrix(rect, v, 'values');
      forCells(rect, (r, c) => writeCell(sheet, r, c, at(r, c)));
      sheet.workbook.events.changed(sheet, rectAddress(rect));
    },
  },
  formulas: {
    get: ({ sheet, rect }, self) => grid(self.context._host, rect, (r, c) => formulaOf(sheet, r, c)),
    set: ({ sheet, rect }, v) => {
      const at = matrix(rect, v, 'formulas');
      forCells(rect, (r, c) => writeCell(sheet, r, c, at(r, c)));
      sheet.workbook.events.changed(sheet, rectAddress(rect));
    },
  },
  numberFormat: {
    get: ({ sheet, rect }, self) =>
      grid(self.context._host, rect, (r, c) => sheet.numFmt.get(key(r, c)) ?? 'General'),
    set: ({ sheet, rect }, v) => {
      const at = matrix(rect, v, 'numberFormat');
      forCells(rect, (r, c) => {
        const f = at(r, c);
        if (f === null || f === undefined) return;
        if (f === 'General') sheet.numFmt.delete(key(r, c));
        else sheet.numFmt.set(key(r, c), String(f));
      });
    },
  },
  hyperlink: {
    api: 7,
    get: ({ sheet, rect }) => sheet.hyperlinks.get(key(rect.r, rect.c)) ?? null,
    set: ({ sheet, rect }, v) => {
      const link = v as { documentReference?: string; address?: string; textToDisplay?: string };
      forCells(rect, (r, c) => {
        sheet.hyperlinks.set(key(r, c), { ...link });
        if (link.textToDisplay !== undefined) writeCell(sheet, r, c, link.textToDisplay);
      });
    },
  },
});

export class RangeAreasProxy extends ClientObject<{ sheet: SimSheet; rects: Rect[] }> {
  declare address: string;
  declare areaCount: number;
}
defineProps<{ sheet: SimSheet; rects: Rect[] }>(RangeAreasProxy, {
  address: {
    get: ({ sheet, rects }) => rects.map((r) => `${quoteSheet(sheet.name)}!${rectAddress(r)}`).join(', '),
  },
  areaCount: { get: ({ rects }) => rects.length },
});

export class RangeFormatProxy extends ClientObject<RangeT> {
  get fill(): RangeFillProxy {
    return new RangeFillProxy(this.context, `${this._path}.fill`, () => this._res());
  }
  get font(): RangeFontProxy {
    return new RangeFontProxy(this.context, `${this._path}.font`, () => this._res());
  }
  get borders(): RangeBorderCollectionProxy {
    return new RangeBorderCollectionProxy(this.context, `${this._path}.borders`, () => this._res());
  }
  autofitColumns(): void {
    this._call('autofitColumns', [], 2, () => undefined);
  }
}
const cellProp = (m: (s: SimSheet) => Map<number, unknown>, dflt: unknown): PropDef<RangeT> => ({
  get: ({ sheet, rect }) => uniform(rect, (r, c) => m(sheet).get(key(r, c)) ?? dflt),
  set: ({ sheet, rect }, v) =>
    forCells(rect, (r, c) => {
      if (v === dflt) m(sheet).delete(key(r, c));
      else m(sheet).set(key(r, c), v);
    }),
});
defineProps<RangeT>(RangeFormatProxy, {
  horizontalAlignment: cellProp((s) => s.hAlign, 'General'),
  verticalAlignment: cellProp((s) => s.vAlign, 'Bottom'),
  wrapText: cellProp((s) => s.wrap, false),
  columnWidth: {
    get: ({ sheet, rect }) =>
      uniform(
        { r: 0, c: rect.c, rows: 1, cols: rect.cols },
        (_r, c) => sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH,
      ),
    set: ({ sheet, rect }, v) => {
      for (let c = rect.c; c < rect.c + rect.cols; c++) sheet.colWidths.set(c, Number(v));
    },
  },
});

const HEX = /^#[0-9A-Fa-f]{6}$/;
export class RangeFillProxy extends ClientObject<RangeT> {
  declare color: string;
  declare pattern: string;
  clear(): void {
    this._call('clear', [], 1, ({ sheet, rect }) => forCells(rect, (r, c) => sheet.fills.delete(key(r, c))));
  }
}
defineProps<RangeT>(RangeFillProxy, {
  // Excel reports "#FFFFFF" for a cell without fill; only `pattern` (1.9) tells "no fill" from a white fill.
  color: {
    get: ({ sheet, rect }) => uniform(rect, (r, c) => sheet.fills.get(key(r, c))?.color ?? '#FFFFFF'),
    set: ({ sheet, rect }, v) => {
      if (!HEX.test(String(v)))
        throw new SimError('InvalidArgument', `Colour '${v}' (the simulator accepts #RRGGBB only).`);
      forCells(rect, (r, c) => {
        const prev = sheet.fills.get(key(r, c));
        sheet.fills.set(key(r, c), {
          ...prev,
          color: String(v).toUpperCase(),
          pattern: prev?.pattern ?? 'Solid',
        });
      });
    },
  },
  pattern: {
    api: 9,
    get: ({ sheet, rect }) => uniform(rect, (r, c) => sheet.fills.get(key(r, c))?.pattern ?? 'None'),
    set: ({ sheet, rect }, v) =>
      forCells(rect, (r, c) => {
        if (v === 'None') sheet.fills.delete(key(r, c));
        else
          sheet.fills.set(key(r, c), { color: '#FFFFFF', ...sheet.fills.get(key(r, c)), pattern: String(v) });
      }),
  },
  patternColor: {
    api: 9,
    get: ({ sheet, rect }) => uniform(rect, (r, c) => sheet.fills.get(key(r, c))?.patternColor ?? null),
    set: ({ sheet, rect }, v) =>
      forCells(rect, (r, c) => {
        const prev = sheet.fills.get(key(r, c));
        if (prev) sheet.fills.set(key(r, c), { ...prev, patternColor: String(v).toUpperCase() });
      }),
  },
});

export class RangeFontProxy extends ClientObject<RangeT> {}
const fontProp = (name: 'bold' | 'size' | 'name' | 'color', dflt: unknown): PropDef<RangeT> => ({
  get: ({ sheet, rect }) => uniform(rect, (r, c) => sheet.fonts.get(key(r, c))?.[name] ?? dflt),
  set: ({ sheet, rect }, v) =>
    forCells(rect, (r, c) => sheet.fonts.set(key(r, c), { ...sheet.fonts.get(key(r, c)), [name]: v })),
});
defineProps<RangeT>(RangeFontProxy, {
  bold: fontProp('bold', false),
  size: fontProp('size', 11),
  name: fontProp('name', 'Calibri'),
  color: fontProp('color', '#000000'),
});

export class RangeBorderCollectionProxy extends ClientObject<RangeT> {
  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this.context, `${this._path}[${index}]`, () => ({ ...this._res(), index }));
  }
}
defineProps<RangeT>(RangeBorderCollectionProxy, {});

type BorderT = RangeT & { index: string };
/** Which cells and which side of them a border index touches. */
function borderCells(t: BorderT): Array<[number, number, Side]> {
  const { rect, index } = t;
  const out: Array<[number, number, Side]> = [];
  const lastR = rect.r + rect.rows - 1;
  const lastC = rect.c + rect.cols - 1;
  forCells(rect, (r, c) => {
    if (index === 'EdgeTop' && r === rect.r) out.push([r, c, 'top']);
    if (index === 'EdgeBottom' && r === lastR) out.push([r, c, 'bottom']);
    if (index === 'EdgeLeft' && c === rect.c) out.push([r, c, 'left']);
    if (index === 'EdgeRight' && c === lastC) out.push([r, c, 'right']);
    if (index === 'InsideHorizontal' && r < lastR) out.push([r, c, 'bottom']);
    if (index === 'InsideVertical' && c < lastC) out.push([r, c, 'right']);
  });
  return out;
}
export class RangeBorderProxy extends ClientObject<BorderT> {}
const borderProp = (name: keyof SimBorder, dflt: string): PropDef<BorderT> => ({
  get: (t) => {
    const cells = borderCells(t);
    if (!cells.length) return dflt;
    const [r, c, side] = cells[0];
    return t.sheet.borders.get(key(r, c))?.[side]?.[name] ?? dflt;
  },
  set: (t, v) => {
    for (const [r, c, side] of borderCells(t)) {
      const b = { ...t.sheet.borders.get(key(r, c)) };
      b[side] = { style: 'Continuous', weight: 'Thin', color: '#000000', ...b[side], [name]: String(v) };
      t.sheet.borders.set(key(r, c), b);
    }
  },
});
defineProps<BorderT>(RangeBorderProxy, {
  style: borderProp('style', 'None'),
  weight: borderProp('weight', 'Thin'),
  color: borderProp('color', '#000000'),
});

// ---------- notes (ExcelApi 1.18) ----------

interface NotesT {
  wb: SimWorkbook;
  sheet: SimSheet | null;
}
interface NoteT {
  sheet: SimSheet;
  k: number;
}

function noteTarget(t: NotesT, address: string): NoteT {
  const { sheet: sn, local } = splitSheet(address);
  let sheet = t.sheet;
  if (sn !== null) {
    const s = t.wb.sheet(sn);
    if (!s || (t.sheet && s !== t.sheet))
      throw new SimError('InvalidCellAddress', `Invalid cell address '${address}'.`);
    sheet = s;
  }
  if (!sheet)
    throw new SimError('InvalidCellAddress', `A workbook-level note address needs a sheet ('${address}').`);
  const rect = parseLocal(local);
  if (!rect || rect.rows !== 1 || rect.cols !== 1)
    throw new SimError('InvalidCellAddress', `Invalid cell address '${address}'.`);
  return { sheet, k: key(rect.r, rect.c) };
}

export class NoteCollectionProxy extends ClientObject<NotesT> {
  protected override _api = 18;
  add(cellAddress: RangeProxy | string, content: unknown): NoteProxy {
    let made: NoteT | null = null;
    const proxy = new NoteProxy(this.context, `${this._path}.add`, () => made);
    const addr = typeof cellAddress === 'string' ? cellAddress : null;
    this._call('add', [addr ?? (cellAddress as RangeProxy)._path, content], 18, (t) => {
      let nt: NoteT;
      if (addr !== null) nt = noteTarget(t, addr);
      else {
        const rt = (cellAddress as RangeProxy)._res();
        if (rt.rect.rows !== 1 || rt.rect.cols !== 1)
          throw new SimError('InvalidCellAddress', 'A note needs a single cell.');
        nt = { sheet: rt.sheet, k: key(rt.rect.r, rt.rect.c) };
      }
      if (nt.sheet.notes.has(nt.k)) throw new SimError('InvalidArgument', 'The cell already has a note.');
      nt.sheet.notes.set(nt.k, String(content));
      made = nt;
    });
    return proxy;
  }
  getItem(key: string): NoteProxy {
    return new NoteProxy(this.context, `${this._path}[${JSON.stringify(key)}]`, () => {
      this.context._requireApi(18, 'notes.getItem');
      const nt = noteTarget(this._res(), key);
      if (!nt.sheet.notes.has(nt.k)) throw new SimError('ItemNotFound', `No note at '${key}'.`);
      return nt;
    });
  }
  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy(
      this.context,
      `${this._path}?[${JSON.stringify(key)}]`,
      () => {
        this.context._requireApi(18, 'notes.getItemOrNullObject');
        const nt = noteTarget(this._res(), key);
        return nt.sheet.notes.has(nt.k) ? nt : null;
      },
      true,
    );
  }
}
defineProps<NotesT>(NoteCollectionProxy, {});

export class NoteProxy extends ClientObject<NoteT> {
  protected override _api = 18;
  declare content: string;
  delete(): void {
    this._call('delete', [], 18, (t) => {
      t.sheet.notes.delete(t.k);
    });
  }
}
defineProps<NoteT>(NoteProxy, {
  content: {
    get: (t) => t.sheet.notes.get(t.k) ?? null,
    set: (t, v) => {
      if (!t.sheet.notes.has(t.k)) throw new SimError('ItemNotFound', 'The note was deleted.');
      t.sheet.notes.set(t.k, String(v));
    },
  },
});
