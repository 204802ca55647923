// The words for a price in the languages pages are read in ("price", "cost", "rate", "Preis", "precio",
// "preço", "custo", "coût", "tarif"): one list for the sentence, label and heading readers.
export const PRICE_WORD = String.raw`(?:prices?|pricing|costs?|rates?|preise?|kosten|precios?|preços?|custos?|costos?|costes?|co[uû]ts?|prix|tarifs?|tarifas?)`;
