#!/bin/sh
# Regenerates test/docx/fixtures: the seed plan written by python-docx, and the
# same documents after a round trip through LibreOffice (docx → odt → docx), so
# the reader is tested on two programs' XML. LibreOffice exits 0 even when a
# conversion fails: each output is checked.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seed="$here/../../../shared/seed/000_a033becf61890d39.txt"
out="$here/fixtures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for variant in "" "--mistakes" "--header-table" "--tcvn3" "--spanned-names"; do
  base=$(echo "seed-plan$variant" | sed 's/--/-/')
  /usr/bin/python3 "$here/make-plan-docx.py" "$seed" "$out/$base.python-docx.docx" $variant
  cp "$out/$base.python-docx.docx" "$work/$base.docx"
  (cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to odt "$base.docx" >/dev/null 2>&1)
  mkdir -p "$work/lo"
  (cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir lo "$base.odt" >/dev/null 2>&1)
  test -s "$work/lo/$base.docx" || { echo "LibreOffice did not convert $base" >&2; exit 1; }
  cp "$work/lo/$base.docx" "$out/$base.libreoffice.docx"
done
# A legacy Word 97–2003 .doc of the same plan, which PTĐV must refuse with advice.
mkdir -p "$work/doc"
(cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to doc:"MS Word 97" --outdir doc seed-plan.docx >/dev/null 2>&1)
test -s "$work/doc/seed-plan.doc" || { echo "LibreOffice did not write the .doc" >&2; exit 1; }
cp "$work/doc/seed-plan.doc" "$out/seed-plan.libreoffice.doc"
ls -la "$out"
