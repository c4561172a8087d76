#!/usr/bin/env bash
# Validates manifest.xml against Microsoft's XML manifest schema (v1.1 + VersionOverrides), offline.
# The XSDs are vendored in test/fixtures/office-manifest-xsd (Microsoft's published schemas; see its README).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
xsd_dir="${BANGFU_MANIFEST_XSD_DIR:-$repo_root/test/fixtures/office-manifest-xsd}"
if [ ! -f "$xsd_dir/OfficeAppManifestV1_1.xsd" ]; then
  echo "找不到清单架构 $xsd_dir/OfficeAppManifestV1_1.xsd (manifest XSD not found)" >&2
  exit 2
fi
cd "$repo_root"
xmllint --noout --schema "$xsd_dir/OfficeAppManifestV1_1.xsd" manifest.xml
