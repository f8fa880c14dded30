/** Extension and code system URLs used by the FHIR mapping. @internal */
export const URL = {
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  coValue: 'http://hl7.org/fhir/StructureDefinition/iso21090-CO-value',
  stu3QuestionnaireOrdinal: 'http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue',
  stu3ValueSetOrdinal: 'http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue',
  containsPropertyBackport: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.contains.property',
  itemWeightProperty: 'http://hl7.org/fhir/concept-properties#itemWeight',
  calculatedExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  ucum: 'http://unitsofmeasure.org',
  loinc: 'http://loinc.org',
} as const;

/** Extensions that carry an answer's score (weight), newest first. @internal */
export const WEIGHT_EXTENSIONS: ReadonlySet<string> = new Set([
  URL.ordinalValue,
  URL.itemWeight,
  URL.coValue,
  URL.stu3QuestionnaireOrdinal,
  URL.stu3ValueSetOrdinal,
]);
