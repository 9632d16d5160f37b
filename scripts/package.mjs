// LMS packages from the release bundle in dist/:
//   dist-packages/scorm12.zip, scorm2004.zip  (imsmanifest.xml at the root,
//     relative paths, one launchable SCO: index.html)
//   dist-packages/explainer.imscc (Common Cartridge 1.1 web link to a hosted
//     copy; needs EXPLAINER_URL=https://… )
// The teacher's completion rule (see src/completion.rs) rides in each
// package as launch data: COMPLETION='tour=1&pass=80&scenarios=2' make packages.
// Zips are written here (no zip tool needed) with fixed timestamps, so the
// same bundle gives byte-identical packages.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { bundleFiles } from "./bundle-files.mjs";
import { deflateRawSync, crc32 } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const out = process.argv[3] ?? "dist-packages";
// The course title in the bundle's own language: the <title> its page was
// drawn with (English for dist/, French for dist/fr/, ...).
const page = readFileSync(join(dist, "index.html"), "utf8");
const unescape = (t) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const TITLE = unescape(page.match(/<title>([^<]*)<\/title>/)?.[1]?.trim() || "Counterterrorism cooperation: an interactive explainer");
mkdirSync(out, { recursive: true });

export function zip(entries) {
  const local = [], central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const body = deflateRawSync(data, { level: 9 });
    const nameBuf = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8); head.writeUInt16LE(0, 10); head.writeUInt16LE(0x21, 12); // 1980-01-01
    head.writeUInt32LE(crc, 14); head.writeUInt32LE(body.length, 18); head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26); head.writeUInt16LE(0, 28);
    local.push(head, nameBuf, body);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10); c.writeUInt16LE(0, 12); c.writeUInt16LE(0x21, 14); c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(body.length, 20); c.writeUInt32LE(data.length, 24); c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

const COMPLETION = process.env.COMPLETION?.trim() || "tour=1&pass=70&scenarios=1";
const rule = Object.fromEntries(COMPLETION.replace(/^\?/, "").split(/[&;]/).filter(Boolean).map((p) => p.split("=").map((x) => x.trim())));
const pass = rule.pass === undefined ? 70 : Number(String(rule.pass).replace(/%$/, ""));
if (!Number.isInteger(pass) || pass < 0 || pass > 100 || !/^(tour|pass|scenarios)=[^&;]*([&;](tour|pass|scenarios)=[^&;]*)*$/.test(COMPLETION.replace(/^\?/, ""))) {
  console.error(`COMPLETION="${COMPLETION}": expected tour=0|1, pass=0..100, scenarios=N joined by &`);
  process.exit(2);
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const files = bundleFiles(dist);
const fileXml = files.map((f) => `      <file href="${esc(f)}"/>`).join("\n");

const scorm12 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ct-explainer-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ct-org">
    <organization identifier="ct-org">
      <title>${esc(TITLE)}</title>
      <item identifier="ct-item" identifierref="ct-sco" isvisible="true">
        <title>${esc(TITLE)}</title>
        <adlcp:datafromlms>${esc(COMPLETION)}</adlcp:datafromlms>
        <adlcp:masteryscore>${pass}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="ct-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileXml}
    </resource>
  </resources>
</manifest>
`;

const scorm2004 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ct-explainer-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="ct-org">
    <organization identifier="ct-org">
      <title>${esc(TITLE)}</title>
      <item identifier="ct-item" identifierref="ct-sco">
        <title>${esc(TITLE)}</title>
        <adlcp:dataFromLMS>${esc(COMPLETION)}</adlcp:dataFromLMS>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="ct-pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(pass / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="ct-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileXml}
    </resource>
  </resources>
</manifest>
`;

const bundle = files.map((f) => [f, readFileSync(join(dist, f))]);
writeFileSync(join(out, "scorm12.zip"), zip([["imsmanifest.xml", Buffer.from(scorm12)], ...bundle]));
writeFileSync(join(out, "scorm2004.zip"), zip([["imsmanifest.xml", Buffer.from(scorm2004)], ...bundle]));
console.log(`packages: ${out}/scorm12.zip, ${out}/scorm2004.zip (${files.length} files each)`);

const url = process.env.EXPLAINER_URL;
if (url) {
  if (!/^https?:\/\//.test(url)) throw new Error("EXPLAINER_URL must be an http(s) URL");
  const cc = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ct-explainer-cc" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
  </metadata>
  <organizations>
    <organization identifier="ct-org" structure="rooted-hierarchy">
      <item identifier="ct-root">
        <item identifier="ct-link-item" identifierref="ct-link">
          <title>${esc(TITLE)}</title>
        </item>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="ct-link" type="imswl_xmlv1p1">
      <file href="weblink.xml"/>
    </resource>
  </resources>
</manifest>
`;
  const weblink = `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1">
  <title>${esc(TITLE)}</title>
  <url href="${esc(url)}" target="_blank"/>
</webLink>
`;
  writeFileSync(join(out, "explainer.imscc"), zip([["imsmanifest.xml", Buffer.from(cc)], ["weblink.xml", Buffer.from(weblink)]]));
  console.log(`packages: ${out}/explainer.imscc -> ${url}`);
} else {
  console.log("packages: set EXPLAINER_URL=https://… (the hosted copy) to also write explainer.imscc");
}
