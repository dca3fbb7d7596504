# Clearance Planner — developer commands. `make demo` and `make test` do all the set-up.
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
PLUGIN := clearance_planner
STAGE := build/$(PLUGIN)
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
QGIS_PROCESS := /usr/bin/qgis_process.bin
# The project's public home: homepage and repository = PROJECT_URL, tracker = PROJECT_URL/issues,
# written into the staged metadata.txt. Placeholders (reserved .invalid domain) until the project
# has one: `make check-zip` reports them; e.g. make zip check-zip PROJECT_URL=https://github.com/org/clearance-planner
PROJECT_URL ?= https://example.invalid/clearance-planner
PROJECT_EMAIL ?= clearance-planner@example.invalid
DEMO_GPKG := resources/demo/clearance_demo.gpkg
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PACKAGES := python3-qgis qgis qgis-providers python3-rasterio python3-scipy python3-pytest \
	python3-venv python3-matplotlib python3-pyproj xvfb xauth poppler-utils qttools5-dev-tools \
	pyqt5-dev-tools postgresql postgresql-postgis
export QT_QPA_PLATFORM ?= offscreen
export QGIS_PLUGINPATH := $(CURDIR)/build
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help deps venv stage zip check-zip deploy demo demo-data test test-engine lint format bench \
	i18n-update demo-quiet db-start db-stop demo-postgis \
	bench-venv bench-reweight verify-coverage run clean test-matrix test-matrix-3.40 test-matrix-3.44 matrix-chroots

help:  ## list the targets
	@grep -E '^[a-z0-9.-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

deps:  ## install the Debian packages (sudo when not root) when any is missing
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
		| grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
			--no-install-recommends $$missing; \
	fi

# pytest-qgis for the QGIS found: 2.x is the last for QGIS < 3.34 (its fake iface lacks layerTreeView
# on newer QGIS); 3.x and later need QGIS >= 3.34 and call the ini key qgis_gui_enabled (pyproject sets both).
PYTEST_QGIS_OLD := 2.1.0
PYTEST_QGIS_NEW := 5.0.2
QGIS_VERSION_INT = $$($(PY_SYS) -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION_INT)')

$(VENV)/.done: requirements-dev.txt Makefile
	$(PY_SYS) -m venv --system-site-packages $(VENV)
	qv=$(QGIS_VERSION_INT); pin=$(PYTEST_QGIS_OLD); [ "$$qv" -lt 33400 ] || pin=$(PYTEST_QGIS_NEW); \
	echo "QGIS $$qv: pytest-qgis $$pin"; \
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt "pytest-qgis==$$pin" \
		&& echo "pytest-qgis==$$pin" > $@

venv: deps $(VENV)/.done  ## test venv on top of Debian's QGIS, numpy, GDAL

stage:  ## copy the plugin into build/clearance_planner (what QGIS loads), .ts compiled to .qm
	rm -rf $(STAGE)
	mkdir -p $(STAGE)/i18n
	cp -r plugin/. $(STAGE)/
	cp -r metadata.txt LICENSE resources $(STAGE)/
	$(PY_SYS) scripts/stage_metadata.py $(STAGE)/metadata.txt '$(PROJECT_URL)' '$(PROJECT_EMAIL)'
	find $(STAGE) -name '__pycache__' -prune -exec rm -rf {} +
	for ts in $(TS_FILES); do \
		$(LRELEASE) -silent -removeidentical $$ts -qm $(STAGE)/i18n/$$(basename $$ts .ts).qm || exit 1; \
	done
	$(PY_SYS) scripts/build_help.py >/dev/null

# Translations: i18n/clearance_planner_<lang>.ts hold every string of plugin/ (context @default).
# After new strings land (e.g. after merges): `make i18n-update`, translate the entries it reports
# as unfinished (Qt Linguist, or edit the .ts), then `make test` (tests/i18n fails on any left).
LANGUAGES := az ru
TS_FILES := $(LANGUAGES:%=i18n/$(PLUGIN)_%.ts)
LRELEASE ?= $(firstword $(wildcard /usr/lib/qt5/bin/lrelease) lrelease)
PYLUPDATE ?= pylupdate5
I18N_SOURCES = $$(find plugin -name '*.py' | LC_ALL=C sort)
i18n-update:  ## re-extract the plugin's strings into i18n/*.ts (keeps translations), report what is untranslated
	$(PYLUPDATE) -noobsolete $(I18N_SOURCES) -ts $(TS_FILES) 2>&1 | grep -v DeprecationWarning | grep -v 'encoding = ' || true
	@for ts in $(TS_FILES); do \
		echo "$$ts: $$(grep -c 'type="unfinished"' $$ts) unfinished"; done

zip: demo-data  ## installable zip in dist/ (top folder clearance_planner/, demo data included)
	$(MAKE) stage
	mkdir -p dist
	rm -f dist/$(PLUGIN)-$(VERSION).zip
	$(PY_SYS) scripts/make_zip.py $(STAGE) dist/$(PLUGIN)-$(VERSION).zip
	@echo dist/$(PLUGIN)-$(VERSION).zip

check-zip: zip  ## the plugin repository's checks on the ZIP (fails on placeholder URLs: set PROJECT_URL)
	$(PY_SYS) scripts/check_zip.py dist/$(PLUGIN)-$(VERSION).zip

deploy: stage  ## symlink the staged plugin into the default QGIS profile
	mkdir -p $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
	ln -sfn $(CURDIR)/$(STAGE) $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins/$(PLUGIN)

$(DEMO_GPKG): scripts/build_demo.py plugin/demo/*.py resources/data/*.geojson resources/styles/*.qml
	$(PY_SYS) scripts/build_demo.py $@

demo-data: deps  ## build the synthetic demo GeoPackage
	$(MAKE) $(DEMO_GPKG)

demo: deps venv demo-data stage  ## build demo data, run the main analyses, write output/
	$(PY_SYS) scripts/run_demo.py --gpkg $(DEMO_GPKG) --out output
	$(PY_SYS) scripts/demo_workplan.py --gpkg $(DEMO_GPKG) --out output/workplan --top 12 --export
	$(PY_SYS) scripts/render_surface.py --gpkg $(DEMO_GPKG) --out output --png output/priority_surface.png
	$(PY_SYS) scripts/demo_scenarios.py --gpkg $(DEMO_GPKG) --out output/scenarios

demo-quiet: deps venv stage  ## make demo (demo data rebuilt aside too) with stderr checked: any line fails
	@mkdir -p build; rm -f build/demo.stderr; \
	$(PY_SYS) scripts/build_demo.py build/demo_check.gpkg > /dev/null 2>> build/demo.stderr; \
	$(MAKE) --no-print-directory demo > build/demo.stdout 2>> build/demo.stderr; status=$$?; \
	rm -f build/demo_check.gpkg; \
	if [ -s build/demo.stderr ]; then echo "make demo wrote to stderr:"; cat build/demo.stderr; exit 1; fi; \
	cat build/demo.stdout; exit $$status

verify-coverage: deps venv stage  ## clearance:coverage vs QGIS native algorithms on random layers
	$(PY_SYS) scripts/verify_coverage.py --out output/verify_coverage

bench-reweight: deps venv demo-data stage  ## dock re-weighting timing (100k parcels)
	$(PY_SYS) scripts/bench_reweight.py 100000
	cd scripts && $(PY_SYS) bench_dock_reweight.py 100000

# A throwaway PostgreSQL/PostGIS cluster in $(DB_DIR) on a free local port (scripts/db.sh);
# `make test` starts it when it is not running and stops it again afterwards.
DB_DIR ?= $(CURDIR)/build/pg
export CLEARANCE_PG_ENV := $(DB_DIR)/env
db-start: deps  ## start the test/demo PostGIS server (build/pg, free port; env in build/pg/env)
	@scripts/db.sh start $(DB_DIR)

demo-postgis: deps venv demo-data stage db-start  ## the demo in PostGIS: schema clearance_demo, analyses, project
	$(PY_SYS) scripts/demo_postgis.py --gpkg $(DEMO_GPKG) --env $(DB_DIR)/env --out output/postgis

db-stop:  ## stop it
	@scripts/db.sh stop $(DB_DIR)

test: deps venv demo-data stage  ## every test (real QGIS, offscreen; PostGIS tests on db-start's server)
	@was=$$(scripts/db.sh status $(DB_DIR) >/dev/null 2>&1 && echo up); \
	scripts/db.sh start $(DB_DIR) || exit 1; \
	$(PY) -m pytest -q tests; rc=$$?; \
	[ "$$was" = up ] || scripts/db.sh stop $(DB_DIR); exit $$rc

# Version matrix: `make test` and `make demo` inside Debian chroots (debootstrap), cached in
# $(CHROOT_CACHE)/<suite>, built on first use (~6 min each). MATRIX: trixie = QGIS 3.40, sid = QGIS 3.44.
CHROOT_CACHE ?= /var/cache/clearance-planner/chroots
MATRIX ?= trixie sid
MATRIX_ENV = CHROOT_CACHE=$(CHROOT_CACHE) MATRIX_OUT=$(CURDIR)/build/test-matrix.md
test-matrix:  ## make test + make demo on each Debian of MATRIX (chroots built once, cached)
	$(MATRIX_ENV) scripts/test_matrix.sh $(MATRIX)

test-matrix-3.40:  ## the QGIS 3.40 leg (Debian 13 trixie)
	$(MAKE) test-matrix MATRIX=trixie

test-matrix-3.44:  ## the QGIS 3.44 leg (Debian unstable sid)
	$(MAKE) test-matrix MATRIX=sid

matrix-chroots:  ## only build (or reuse) the chroots of MATRIX
	$(MATRIX_ENV) scripts/test_matrix.sh --build-only $(MATRIX)

test-engine: venv stage  ## engine tests only, no QGIS
	$(PY) -m pytest -q -p no:pytest_qgis -p no:pytestqt tests/engine

lint: venv  ## ruff, and qgis-pyqt5to6 (QGIS 4 / Qt6 migration tool) leaves plugin/, scripts/ and tests/ unchanged
	$(VENV)/bin/ruff check plugin scripts tests
	$(VENV)/bin/ruff format --check plugin scripts tests
	scripts/check_pyqt5to6.sh

format: venv
	$(VENV)/bin/ruff format plugin scripts tests
	$(VENV)/bin/ruff check --fix plugin scripts tests

BENCH_VENV := build/bench-venv
bench-venv: $(BENCH_VENV)/bin/geopandas-ok  ## the GeoPandas + shapely 2 peer's own venv (PyPI)
$(BENCH_VENV)/bin/geopandas-ok:
	$(PY_SYS) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install -q "geopandas>=1.0" "shapely>=2" pyogrio
	touch $@

# BENCH_POSTGIS=100000,1000000 adds ENGINE local vs database on those sizes stored in PostGIS
BENCH_POSTGIS ?=
bench: deps venv demo-data stage bench-venv  ## ours vs GeoPandas/shapely 2 and the QGIS-native way (not part of test)
	$(if $(BENCH_POSTGIS),scripts/db.sh start $(DB_DIR))
	$(PY) tests/bench/run_bench.py --out output/bench.json $(if $(BENCH_POSTGIS),--postgis $(BENCH_POSTGIS))

RUN_PROFILE := build/qgis-profile
run: demo  ## QGIS desktop with the staged plugin enabled (throwaway profile) and the demo project
	mkdir -p $(RUN_PROFILE)/profiles/default/QGIS
	printf '[PythonPlugins]\nclearance_planner=true\n' > $(RUN_PROFILE)/profiles/default/QGIS/QGIS3.ini
	QT_QPA_PLATFORM= qgis --noversioncheck --profiles-path $(RUN_PROFILE) output/clearance_demo.qgz

clean:
	rm -rf build dist output $(DEMO_GPKG)
