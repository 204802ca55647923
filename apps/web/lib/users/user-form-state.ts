// What the user-management forms send back: an error or a confirmation, and a generated password to show once.
export interface UserFormState {
  attempt: number;
  error: string | null;
  message: string | null;
  /** Shown once, right after it was made; never stored in plain text. */
  generatedPassword: string | null;
}

export const EMPTY_USER_FORM_STATE: UserFormState = { attempt: 0, error: null, message: null, generatedPassword: null };

export const MIN_PASSWORD_LENGTH = 12;
