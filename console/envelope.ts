/**
 * Builds realistic Alexa request envelopes, typed with ask-sdk-model.
 * Shared by the console and the tests so both speak to the handler exactly as a device would.
 */
import { randomUUID } from 'node:crypto';
import type { Intent, interfaces, Permissions, Request, RequestEnvelope, Slot } from 'ask-sdk-model';

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';

/** A slot as the NLU resolved it: spoken value plus entity-resolution outcome for custom types. */
export interface SlotInput {
  value: string;
  /** The slot type's name, used for the entity-resolution authority. */
  type?: string;
  /** Canonical value when the spoken value matched the type; `null` means ER_SUCCESS_NO_MATCH. */
  match?: { id: string; name: string } | null;
}

export interface DeviceContext {
  locale: string;
  userId: string;
  deviceId: string;
  sessionId: string;
  newSession: boolean;
  attributes: Record<string, unknown>;
  apiEndpoint: string;
  apiAccessToken: string;
  /** Present when the user granted the skill a permission (timers, reminders). */
  consentToken?: string;
  /** Each permission the user answered, as Alexa lists them in `permissions.scopes`. */
  scopes?: Record<string, 'GRANTED' | 'DENIED'>;
  /** Supported interfaces the device reports (an Echo Show would add Alexa.Presentation.APL). */
  screen: boolean;
}

function newSessionId(): string {
  return `amzn1.echo-api.session.${randomUUID()}`;
}

export function newDeviceContext(overrides: Partial<DeviceContext> = {}): DeviceContext {
  return {
    locale: 'en-US',
    userId: `amzn1.ask.account.${randomUUID()}`,
    deviceId: `amzn1.ask.device.${randomUUID()}`,
    sessionId: newSessionId(),
    newSession: true,
    attributes: {},
    apiEndpoint: 'https://api.amazonalexa.com',
    apiAccessToken: `atc.${randomUUID()}`,
    screen: false,
    ...overrides,
  };
}

/**
 * Starts a new session on the same device for the same user, as the next "Alexa, …" after a session
 * ended does. Changes `device` in place, so whoever else holds it (the timers fake) sees the new session.
 */
export function startSession(device: DeviceContext): void {
  device.sessionId = newSessionId();
  device.newSession = true;
  device.attributes = {};
}

function permissionsOf(device: DeviceContext): Permissions | undefined {
  const scopes = Object.entries(device.scopes ?? {}).map(([scope, status]) => [scope, { status }] as const);
  if (!device.consentToken && scopes.length === 0) return undefined;
  return {
    ...(device.consentToken ? { consentToken: device.consentToken } : {}),
    ...(scopes.length > 0 ? { scopes: Object.fromEntries(scopes) } : {}),
  };
}

function envelope(device: DeviceContext, request: Request): RequestEnvelope {
  const application = { applicationId: SKILL_ID };
  const permissions = permissionsOf(device);
  const user = { userId: device.userId, ...(permissions ? { permissions } : {}) };
  return {
    version: '1.0',
    session: {
      new: device.newSession,
      sessionId: device.sessionId,
      application,
      attributes: device.attributes,
      user,
    },
    context: {
      System: {
        application,
        user,
        device: {
          deviceId: device.deviceId,
          supportedInterfaces: device.screen
            ? { Display: {}, 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }
            : {},
        },
        apiEndpoint: device.apiEndpoint,
        apiAccessToken: device.apiAccessToken,
      },
    },
    request,
  };
}

function requestBase(device: DeviceContext): { requestId: string; timestamp: string; locale: string } {
  return {
    requestId: `amzn1.echo-api.request.${randomUUID()}`,
    timestamp: new Date().toISOString(),
    locale: device.locale,
  };
}

function toSlot(name: string, input: SlotInput): Slot {
  const authority = `amzn1.er-authority.echo-sdk.${SKILL_ID}.${input.type ?? name}`;
  const slot: Slot = { name, value: input.value, confirmationStatus: 'NONE' };
  if (input.match !== undefined) {
    slot.resolutions = {
      resolutionsPerAuthority: [
        input.match
          ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: input.match }] }
          : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] },
      ],
    };
  }
  return slot;
}

export function launchRequest(device: DeviceContext): RequestEnvelope {
  return envelope(device, { type: 'LaunchRequest', ...requestBase(device) });
}

/**
 * `slotNames` lists every slot the intent declares, so unfilled ones arrive empty like on a device.
 * `dialogState` is IN_PROGRESS when the user answers the skill's own question (Dialog.ElicitSlot).
 */
export function intentRequest(
  device: DeviceContext,
  name: string,
  slots: Record<string, SlotInput> = {},
  slotNames: readonly string[] = Object.keys(slots),
  dialogState: 'COMPLETED' | 'IN_PROGRESS' = 'COMPLETED',
): RequestEnvelope {
  const intentSlots: Record<string, Slot> = {};
  for (const slotName of new Set([...slotNames, ...Object.keys(slots)])) {
    const input = slots[slotName];
    intentSlots[slotName] = input ? toSlot(slotName, input) : { name: slotName, confirmationStatus: 'NONE' };
  }
  const intent: Intent = { name, confirmationStatus: 'NONE', slots: intentSlots };
  return envelope(device, {
    type: 'IntentRequest',
    dialogState,
    intent,
    ...requestBase(device),
  });
}

export function sessionEndedRequest(
  device: DeviceContext,
  reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' = 'USER_INITIATED',
): RequestEnvelope {
  return envelope(device, { type: 'SessionEndedRequest', reason, ...requestBase(device) });
}

/** The answer to a `Connections.SendRequest` (for example AskFor permissions consent). */
export function connectionsResponse(
  device: DeviceContext,
  name: string,
  token: string,
  payload: Record<string, unknown>,
  status: { code: string; message: string } = { code: '200', message: 'OK' },
): RequestEnvelope {
  const response: interfaces.connections.ConnectionsResponse = {
    type: 'Connections.Response',
    name,
    token,
    status,
    payload,
    ...requestBase(device),
  };
  return envelope(device, response);
}
