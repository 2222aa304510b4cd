import ICAL from "ical.js";

/** One event as a calendar client keeps it: parsed fields and the VEVENT's text. */
export interface StoredEvent {
  uid: string;
  sequence: number;
  summary: string;
  start: string;
  status: string;
  description: string;
  text: string;
}

/**
 * A calendar keyed by UID, importing `.ics` files the way Outlook, Apple
 * Calendar and Google Calendar do with a METHOD:PUBLISH file (RFC 5546): an
 * event whose UID is new is added; one whose UID is stored replaces it when
 * its SEQUENCE is not lower, and is ignored otherwise. Nothing is ever
 * deleted by an import. Parsed with ical.js, not the generator.
 */
export class CalendarStore {
  readonly events = new Map<string, StoredEvent>();

  importIcs(text: string): StoredEvent[] {
    const root = new ICAL.Component(ICAL.parse(text));
    const incoming = root.getAllSubcomponents("vevent").map(readEvent);
    const uids = incoming.map((e) => e.uid);
    // Two events with one UID in one file would already overwrite each other.
    if (new Set(uids).size !== uids.length) throw new Error(`duplicate UID within one file: ${uids.join(" ")}`);
    for (const event of incoming) {
      const stored = this.events.get(event.uid);
      if (stored === undefined || event.sequence >= stored.sequence) this.events.set(event.uid, event);
    }
    return incoming;
  }
}

function readEvent(component: ICAL.Component): StoredEvent {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    sequence: event.sequence ?? 0,
    summary: event.summary,
    // The wall-clock time as written (TZID=Asia/Shanghai), independent of the host zone.
    start: event.startDate.toString(),
    status: String(component.getFirstPropertyValue("status") ?? ""),
    description: event.description ?? "",
    text: component.toString(),
  };
}
