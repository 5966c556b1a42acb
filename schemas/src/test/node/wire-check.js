'use strict';
// Wire-compatibility check of pressflow's Java Avro serde against Confluent's own JavaScript serdes.
// Run by ConfluentNodeIT: node wire-check.js <input.json> <output.json>
//   input:  { registryUrl, topic, decode: <hex of a record the Java serializer wrote>, encode: <record as JSON> }
//   output: { decoded: <what Confluent's deserializer read>, encoded: <hex Confluent's serializer wrote> }
const fs = require('node:fs');
const { SchemaRegistryClient, AvroSerializer, AvroDeserializer, SerdeType } = require('@confluentinc/schemaregistry');

async function main() {
  const [inputFile, outputFile] = process.argv.slice(2);
  if (!inputFile || !outputFile) {
    throw new Error('usage: node wire-check.js <input.json> <output.json>');
  }
  const input = JSON.parse(fs.readFileSync(inputFile, 'utf8'));
  const client = new SchemaRegistryClient({ baseURLs: [input.registryUrl] });

  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {});
  const decoded = await deserializer.deserialize(input.topic, Buffer.from(input.decode, 'hex'));

  // write with the schema the Java side registered for the topic, as a second producer would
  const serializer = new AvroSerializer(client, SerdeType.VALUE, { useLatestVersion: true, autoRegisterSchemas: false });
  const encoded = await serializer.serialize(input.topic, input.encode);

  fs.writeFileSync(outputFile, JSON.stringify({ decoded, encoded: encoded.toString('hex') }));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error((err && err.stack) || String(err));
    process.exit(1);
  });
