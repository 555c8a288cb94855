#!/usr/bin/env python3
"""Writes Centrumhub's iJw 3.2 / iWmo 3.2 XSDs from the machine-readable structure description.

Usage: python3 schemas/tools/generate_xsd.py ../shared/domain/structure.json schemas/src/main/resources/xsd
(also writes the JAXB bindings to schemas/src/main/xjb/bindings.xjb)

The XSDs it writes are committed; run it again only when the structure description changes,
and review the diff. The output follows the standard's conventions: one basisschema per
standard, one schema per message with a single global element Bericht of a local type Root,
elementFormDefault qualified, fixed header values as pattern facets.
"""
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

XS = "http://www.w3.org/2001/XMLSchema"
PREFIX = {"ijw": "ijw", "iwmo": "iwmo"}
FACETS = ["minLength", "maxLength", "pattern", "minInclusive", "maxInclusive"]


def attr(value):
    return escape(str(value), {'"': "&quot;"})


def occurs(item):
    out = ""
    if item["minOccurs"] != 1:
        out += f' minOccurs="{item["minOccurs"]}"'
    if item["maxOccurs"] != 1:
        out += f' maxOccurs="{item["maxOccurs"]}"'
    return out


def basisschema(std, spec):
    p = PREFIX[std]
    ns = spec["basisschemaNamespace"]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<xs:schema xmlns:xs="{XS}" xmlns:{p}="{ns}" targetNamespace="{ns}"',
        '           elementFormDefault="qualified" attributeFormDefault="unqualified">',
        "  <xs:annotation>",
        f"    <xs:appinfo><{p}:BasisschemaXsdVersie>{spec['basisschemaXsdVersie']}</{p}:BasisschemaXsdVersie></xs:appinfo>",
        f"    <xs:documentation>Centrumhub basisschema for {std} 3.2, written from the standard's datatype description.</xs:documentation>",
        "  </xs:annotation>",
    ]
    for name, t in sorted(spec["datatypes"].items()):
        if t["kind"] == "simple":
            lines.append(f'  <xs:simpleType name="{name}">')
            lines.append(f'    <xs:restriction base="{t["base"]}">')
            for facet in FACETS:
                if facet in t:
                    lines.append(f'      <xs:{facet} value="{attr(t[facet])}"/>')
            for e in t.get("enumeration", []):
                lines.append(f'      <xs:enumeration value="{attr(e["value"])}"/>')
            lines.append("    </xs:restriction>")
            lines.append("  </xs:simpleType>")
        else:
            lines.append(f'  <xs:complexType name="{name}">')
            lines.append("    <xs:sequence>")
            for c in t["children"]:
                lines.append(f'      <xs:element name="{c["name"]}" type="{p}:{c["type"]}"{occurs(c)}/>')
            lines.append("    </xs:sequence>")
            lines.append("  </xs:complexType>")
    lines.append("</xs:schema>")
    return "\n".join(lines) + "\n"


def message_schema(std, spec, code, msg):
    p = PREFIX[std]
    mp = code.lower()
    ns = msg["namespace"]
    versions = msg.get("xsdVersion") or {"BerichtXsdVersie": spec["basisschemaXsdVersie"],
                                         "BasisschemaXsdVersie": spec["basisschemaXsdVersie"]}
    elements = msg["elements"]
    by_path = {e["path"]: e for e in elements}
    children = {}
    for e in elements:
        parent = e["path"].rsplit("/", 1)[0]
        if parent in by_path:
            children.setdefault(parent, []).append(e)

    types = {}  # local complex type name -> child list (first occurrence)
    for e in elements:
        t = e["type"]
        if e["ns"] == "message" and not t.startswith(("LDT_", "CDT_")) and t not in types:
            types[t] = children.get(e["path"], [])

    def element_decl(e, indent):
        name = e["path"].rsplit("/", 1)[1]
        t = e["type"]
        restriction = []
        if "fixed" in e:
            restriction.append(f'<xs:pattern value="{attr(e["fixed"])}"/>')
        if "pattern" in e:
            restriction.append(f'<xs:pattern value="{attr(e["pattern"])}"/>')
        if restriction:
            return [
                f'{indent}<xs:element name="{name}"{occurs(e)}>',
                f"{indent}  <xs:simpleType>",
                f'{indent}    <xs:restriction base="{p}:{t}">',
                *[f"{indent}      {r}" for r in restriction],
                f"{indent}    </xs:restriction>",
                f"{indent}  </xs:simpleType>",
                f"{indent}</xs:element>",
            ]
        prefix = p if t.startswith(("LDT_", "CDT_")) else mp
        return [f'{indent}<xs:element name="{name}" type="{prefix}:{t}"{occurs(e)}/>']

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<xs:schema xmlns:xs="{XS}" xmlns:{mp}="{ns}" xmlns:{p}="{spec["basisschemaNamespace"]}"',
        f'           targetNamespace="{ns}" elementFormDefault="qualified" attributeFormDefault="unqualified">',
        "  <xs:annotation>",
        "    <xs:appinfo>",
        f"      <{mp}:BerichtXsdVersie>{versions['BerichtXsdVersie']}</{mp}:BerichtXsdVersie>",
        f"      <{mp}:BasisschemaXsdVersie>{versions['BasisschemaXsdVersie']}</{mp}:BasisschemaXsdVersie>",
        "    </xs:appinfo>",
        f"    <xs:documentation>{code} {escape(msg.get('nameNl', ''))} (BerichtCode {msg['berichtCode']}). "
        f"{escape(msg.get('purpose', ''))}</xs:documentation>",
        "  </xs:annotation>",
        f'  <xs:import namespace="{spec["basisschemaNamespace"]}" schemaLocation="basisschema.xsd"/>',
        f'  <xs:element name="Bericht" type="{mp}:Root"/>',
    ]
    for name, kids in types.items():
        lines.append(f'  <xs:complexType name="{name}">')
        lines.append("    <xs:sequence>")
        for k in kids:
            lines.extend(element_decl(k, "      "))
        lines.append("    </xs:sequence>")
        lines.append("  </xs:complexType>")
    lines.append("</xs:schema>")
    return "\n".join(lines) + "\n"


def bindings(structure):
    """JAXB bindings: one Java package per namespace, xs:date as LocalDate, xs:time as LocalTime."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<jaxb:bindings xmlns:jaxb="https://jakarta.ee/xml/ns/jaxb" xmlns:xjc="http://java.sun.com/xml/ns/jaxb/xjc"',
        f'               xmlns:xs="{XS}" version="3.0" jaxb:extensionBindingPrefixes="xjc">',
        "  <jaxb:globalBindings>",
        '    <xjc:javaType name="java.time.LocalDate" xmlType="xs:date" adapter="org.centrumhub.schema.LocalDateAdapter"/>',
        '    <xjc:javaType name="java.time.LocalTime" xmlType="xs:time" adapter="org.centrumhub.schema.LocalTimeAdapter"/>',
        '    <xjc:javaType name="java.lang.Long" xmlType="xs:integer" adapter="org.centrumhub.schema.LongAdapter"/>',
        "  </jaxb:globalBindings>",
    ]
    for std, spec in structure["standards"].items():
        files = [("basisschema", "basis")] + [(code, code.lower()) for code in spec["messages"]]
        for file, pkg in files:
            lines += [
                f'  <jaxb:bindings schemaLocation="../resources/xsd/{std}/3_2/{file}.xsd" node="/xs:schema">',
                f'    <jaxb:schemaBindings><jaxb:package name="org.centrumhub.schema.{std}.{pkg}"/></jaxb:schemaBindings>',
                "  </jaxb:bindings>",
            ]
    lines.append("</jaxb:bindings>")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    structure = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    out_root = Path(sys.argv[2])
    for std, spec in structure["standards"].items():
        out = out_root / std / "3_2"
        out.mkdir(parents=True, exist_ok=True)
        (out / "basisschema.xsd").write_text(basisschema(std, spec), encoding="utf-8")
        for code, msg in spec["messages"].items():
            (out / f"{code}.xsd").write_text(message_schema(std, spec, code, msg), encoding="utf-8")
        print(f"{std}: basisschema + {len(spec['messages'])} messages -> {out}")
    xjb = out_root.parent.parent / "xjb"
    xjb.mkdir(parents=True, exist_ok=True)
    (xjb / "bindings.xjb").write_text(bindings(structure), encoding="utf-8")


if __name__ == "__main__":
    main()
