/** Someone (or a customer) a picker offers. */
export interface PersonOption {
  id: string;
  name: string;
}
