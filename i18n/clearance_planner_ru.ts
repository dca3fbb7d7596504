<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="98"/>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="188"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="189"/>
        <source>Layer &apos;{0}&apos; ({1}) holds {2}; {1} takes {3}. Choose a layer of {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="79"/>
        <source>Check geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="80"/>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="93"/>
        <source>Layer to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="98"/>
        <source>Id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="103"/>
        <source>Longest allowed gap between consecutive vertices (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="111"/>
        <source>Sliver: polygons smaller than (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="114"/>
        <source>Geometry problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="119"/>
        <source>Repaired geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="128"/>
        <source>Number of geometry problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="136"/>
        <source>Layer &apos;{0}&apos; has no geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="140"/>
        <source>Lengths and areas measured in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="153"/>
        <source>Problems: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="187"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; (ID_FIELD); choose one of its fields ({2}) or leave ID_FIELD empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="334"/>
        <source>outside the area of use of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="373"/>
        <source>empty or null geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="423"/>
        <source>repair gave another geometry type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="161"/>
        <source>Coverage of contamination by records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="162"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="187"/>
        <source>Districts (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="190"/>
        <source>District name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="197"/>
        <source>Minefield records (mapped polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="202"/>
        <source>Hazard areas SHA/CHA (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="207"/>
        <source>Hazard type field (e.g. SHA/CHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="215"/>
        <source>Incidents / accidents (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="222"/>
        <source>Incident date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="230"/>
        <source>Casualties field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="239"/>
        <source>Released / cleared land (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="244"/>
        <source>Incidents from (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="244"/>
        <source>Incidents up to (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="203"/>
        <source>Coverage per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="203"/>
        <source>Unmapped hazard (gaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="263"/>
        <source>Coverage report (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="263"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="268"/>
        <source>Coverage report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="268"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; ({2}); its fields are: {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="308"/>
        <source>{0} is not a valid date (got {1}); use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="327"/>
        <source>Choose the district name field (DISTRICT_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="331"/>
        <source>DATE_FROM ({0}) is after DATE_TO ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="412"/>
        <source>HAZARD_TYPE_FIELD &apos;{0}&apos; of layer &apos;{1}&apos; has {2} distinct values; choose a category field such as hazard_type (SHA/CHA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="436"/>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="583"/>
        <source>Report written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="556"/>
        <source>Mapped vs unmapped contamination per district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="556"/>
        <source>Hazard area outside every minefield record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="584"/>
        <source>PDF report written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="592"/>
        <source>Overlay in {0}; areas on the WGS 84 ellipsoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="595"/>
        <source>Layer &apos;{0}&apos; ({1}) reprojected to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="606"/>
        <source>not measured (counted in no district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="613"/>
        <source>Layer &apos;{0}&apos;, feature {1}: empty {2}; named &apos;District {1}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="619"/>
        <source>Layer &apos;{0}&apos;: several districts share the name(s) {1}; each feature keeps its own row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="631"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS) does not overlap any hazard of &apos;{1}&apos;, record of &apos;{2}&apos; or incident: check that the layers cover the same region and that their CRS is set correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="641"/>
        <source>Layer &apos;{0}&apos;: districts overlap ({1:.2f} ha counted in more than one district); district rows add up to more than the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="649"/>
        <source>District rows differ from the total by {0:.3f} % ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="690"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS) has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="691"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS): none of its {1} features has a usable polygon (no geometry); choose the district boundaries layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="85"/>
        <source>Export for the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="164"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="113"/>
        <source>Work plan or clearance layer (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="120"/>
        <source>Name field (default task_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="129"/>
        <source>Hazards shown on the atlas and packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="129"/>
        <source>Settlements shown on the atlas and packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="141"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="150"/>
        <source>Title on the atlas pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="153"/>
        <source>UTM zone of the coordinates and grid, e.g. 38N (default: zone of the extent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="161"/>
        <source>Replace an existing export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="166"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="168"/>
        <source>{0} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="169"/>
        <source>Atlas pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="170"/>
        <source>Geometry problems (clearance:check_geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="181"/>
        <source>Layer &apos;{0}&apos; (INPUT) must be a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="185"/>
        <source>Layer &apos;{0}&apos; (INPUT) has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="191"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; (ID_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="216"/>
        <source>{0} geometry problem(s) in &apos;{1}&apos;: see {2} in the export folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="227"/>
        <source>FORMATS: choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="231"/>
        <source>&apos;{0}&apos; exists and is not empty; set OVERWRITE to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="255"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="271"/>
        <source>UTM_ZONE: &apos;{0}&apos; is not a UTM zone; give its number (1-60) and hemisphere, e.g. 38N or 38S, or leave it empty for the zone of the plan&apos;s extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="285"/>
        <source>Coordinates in WGS 84 / UTM zone {0} (EPSG:{1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="333"/>
        <source>PDF atlas: {0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="348"/>
        <source>Layer &apos;{0}&apos; cannot be copied for the export ({1}): a feature has a coordinate QGIS cannot handle (infinite?). Run Check geometry on it and fix the features it lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="64"/>
        <source>Prioritise parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="75"/>
        <source>Class thresholds &quot;high,medium&quot; on the 0-100 score (default: terciles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="83"/>
        <source>Surface raster for zonal statistics (mean/max per parcel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="345"/>
        <source>Prioritised parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="91"/>
        <source>AHP consistency ratio (WEIGHTS_AHP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="104"/>
        <source>CLASS_THRESHOLDS must be two numbers &quot;high,medium&quot;, e.g. &quot;60,30&quot; (got {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="110"/>
        <source>CLASS_THRESHOLDS must satisfy 0 &lt;= medium &lt;= high &lt;= 100 (got {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="145"/>
        <source>Clearance Planner priority scores of &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="186"/>
        <source>SURFACE_STATS raster &apos;{0}&apos; cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="46"/>
        <source>{0}: weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="47"/>
        <source>{0}: decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="53"/>
        <source>{0}: distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="64"/>
        <source>Prioritisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="81"/>
        <source>Parcels to score (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="94"/>
        <source>Hard gate: parcels must satisfy (expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="104"/>
        <source>AHP pairwise matrix replacing the weights, rows separated by &quot;;&quot; (criteria in layer order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="132"/>
        <source>{0} must be &gt;= 0 (got {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="163"/>
        <source>Give at least one criterion layer: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE or INCIDENTS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="343"/>
        <source>All weights of the given criteria are 0; give at least one weight &gt; 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="186"/>
        <source>it has {0} rows but {1} criterion layers are given ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="193"/>
        <source>WEIGHTS_AHP: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="195"/>
        <source>AHP weights ({0}): {1}; lambda_max {2:.4f}, CI {3:.4f}, CR {4:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="205"/>
        <source>AHP consistency ratio {0:.3f} &gt; 0.10: the pairwise judgements are inconsistent; revise them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="243"/>
        <source>Layer &apos;{0}&apos; (PARCELS) must be a polygon layer; it has {1} geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="443"/>
        <source>Layer &apos;{0}&apos; (PARCELS) has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="288"/>
        <source>Distances computed in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="295"/>
        <source>kept with NULL scores, class Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="232"/>
        <source>not used as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="315"/>
        <source>Nearest {0} for {1} parcels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="326"/>
        <source>Layer &apos;{0}&apos; has no geometry: every parcel scores 0 on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="247"/>
        <source>Record accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="88"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="100"/>
        <source>Digitised minefield records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="105"/>
        <source>District field of the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="114"/>
        <source>Confirmed hazards / cleared land with finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="119"/>
        <source>Only confirmed polygons where (expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="127"/>
        <source>Incidents (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="135"/>
        <source>A record is accurate when this share of it is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="150"/>
        <source>Record reliability by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="174"/>
        <source>Areas and distances in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="178"/>
        <source>kept with NULL results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="187"/>
        <source>not counted as confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="193"/>
        <source>not counted as incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="222"/>
        <source>Overall: {0:.0%} of record area confirmed; {1} of {2} records accurate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="247"/>
        <source>Share of each minefield record confirmed, and incidents outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="260"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; (DISTRICT_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="58"/>
        <source>Degrees (360)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="58"/>
        <source>NATO mils (6400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="58"/>
        <source>Warsaw-Pact mils (6000, e.g. 15-00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="58"/>
        <source>Grads (400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="87"/>
        <source>Minefield records from survey tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="111"/>
        <source>Record table (CSV, XLSX or any table layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="118"/>
        <source>CRS of ref_x/ref_y (default WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="124"/>
        <source>Landmarks (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="132"/>
        <source>Landmark name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="141"/>
        <source>Bearing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="146"/>
        <source>Bearings are relative to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="151"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="161"/>
        <source>Distance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="166"/>
        <source>Pace length (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="175"/>
        <source>Closed records (polygons; no: lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="180"/>
        <source>Closure tolerance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="183"/>
        <source>Misclosure adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="183"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="183"/>
        <source>Bowditch (compass rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="191"/>
        <source>Output CRS (default: UTM of the first reference point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="109"/>
        <source>Minefield records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="203"/>
        <source>Turning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="208"/>
        <source>Record table errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="234"/>
        <source>Table &apos;{0}&apos;: column names taken from its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="239"/>
        <source>Table &apos;{0}&apos; lacks the column(s) {1} (has: {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="245"/>
        <source>Table &apos;{0}&apos; has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="336"/>
        <source>Minefield records digitised from &apos;{0}&apos; by Clearance Planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="349"/>
        <source>row {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="349"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="352"/>
        <source>Records by status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="66"/>
        <source>Weight sensitivity of priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="204"/>
        <source>Rank sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="84"/>
        <source>Perturbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="92"/>
        <source>Uniform: spread (+- %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="93"/>
        <source>Dirichlet: concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="96"/>
        <source>Number of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="96"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="96"/>
        <source>Top K (report the probability of ranking in the top K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="117"/>
        <source>Rank interval chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="117"/>
        <source>PNG files (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="126"/>
        <source>Parcels in the top K in at least 95 % of the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="135"/>
        <source>SPREAD must be below 100 % (got {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="159"/>
        <source>RUNS x parcels = {0} x {1} needs {2:.1f} GB for the rank matrix; use at most {3} runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="171"/>
        <source>Ranking {0} parcels {1} times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="184"/>
        <source>{0} of the top {1} parcels stay in the top {1} in at least 95 % of the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="204"/>
        <source>Clearance Planner weight sensitivity of the priorities of &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="80"/>
        <source>Priority surface (raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="95"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="96"/>
        <source>CRS of the surface (projected, metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="99"/>
        <source>Cell size (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="101"/>
        <source>Mask polygons (cells outside get nodata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="109"/>
        <source>Raster criteria (higher value = more urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="117"/>
        <source>Raster criteria: weights &quot;w1;w2;…&quot; (default 0.2 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="124"/>
        <source>Raster criteria: ranges &quot;low:high;auto;…&quot; (auto = min-max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="131"/>
        <source>Add per-criterion score and distance bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="136"/>
        <source>Maximum number of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="143"/>
        <source>Tile size in cells (0 = automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="389"/>
        <source>Priority surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="172"/>
        <source>CRS is not a valid coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="174"/>
        <source>CRS {0} is not projected in metres; cell sizes and distances need metres. Choose a projected CRS such as the WGS 84 / UTM zone of the area (e.g. EPSG:32638 for 42°E–48°E north).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="187"/>
        <source>EXTENT has a NaN or infinite coordinate ({0}) in {1}; give a finite extent (e.g. from a layer) in the CRS of the surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="194"/>
        <source>EXTENT is empty; give an extent with an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="197"/>
        <source>CELL_SIZE must be a finite number &gt; 0 metres (got {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="202"/>
        <source>MAX_CELLS must be at least 1 (got {0}); it caps the size of the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="209"/>
        <source>A {0} m cell gives {1} × {2} = {3:,} cells, more than MAX_CELLS ({4:,}). Use a cell size of at least {5:.0f} m or a smaller EXTENT; to run it anyway, raise MAX_CELLS (advanced parameters) to {3:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="236"/>
        <source>{0}_WEIGHT and {0}_DISTANCE must be &gt;= 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="240"/>
        <source>Layer &apos;{0}&apos; has no geometry: every cell scores 0 on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="251"/>
        <source>{0} has {1} entries but RASTER_CRITERIA has {2} rasters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="276"/>
        <source>Raster &apos;{0}&apos; is not a file GDAL can read ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="282"/>
        <source>RASTER_WEIGHTS entry {0} is not a number: {1!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="286"/>
        <source>RASTER_WEIGHTS must be &gt;= 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="289"/>
        <source>Raster &apos;{0}&apos; has no coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="292"/>
        <source>Raster &apos;{0}&apos;: normalised over [{1:g}, {2:g}], weight {3:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="304"/>
        <source>Raster &apos;{0}&apos; has no valid (non-nodata) cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="311"/>
        <source>RASTER_RANGES entry {0} must be &quot;low:high&quot; or &quot;auto&quot; (got {1!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="317"/>
        <source>RASTER_RANGES entry {0}: high must be &gt; low (got {1!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="327"/>
        <source>OUTPUT must be a GeoTIFF file (.tif); got &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="335"/>
        <source>Give at least one criterion: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE, INCIDENTS or RASTER_CRITERIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="355"/>
        <source>Grid {0} × {1} cells of {2:g} m in {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="389"/>
        <source>Clearance Planner priority score per {0:g} m cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="394"/>
        <source>Score over {0:,} valid cells: min {1:.1f}, mean {2:.1f}, max {3:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="437"/>
        <source>At {0:g} m cells the distances of the criteria reach {1:,} cells beyond each tile, more than the memory of one tile allows. Use a CELL_SIZE of at least {2:.1f} m or shorter distances (exponential and gaussian decays reach about 20 and 4.5 × their DISTANCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="452"/>
        <source>Layer &apos;{0}&apos; (MASK) must be a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="456"/>
        <source>not part of the mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="459"/>
        <source>Layer &apos;{0}&apos; (MASK) has no polygons: every cell would be nodata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="626"/>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="209"/>
        <source>Prioritised parcels (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="216"/>
        <source>Priority field (lower = earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="216"/>
        <source>Parcel id field (default: hazard_id or feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="216"/>
        <source>Method field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="216"/>
        <source>Seasonal field (true = follows NO_WORK_MONTHS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="244"/>
        <source>Default method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="252"/>
        <source>Productivity (m² per team per working day; rows override defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="262"/>
        <source>Expected share released by survey (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="267"/>
        <source>Teams per method (method:count,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="272"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="280"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="289"/>
        <source>Holidays (YYYY-MM-DD,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="289"/>
        <source>No-work months of seasonal tasks (1-12,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="289"/>
        <source>Cost in US$ per m² (method:cost,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="301"/>
        <source>Split parcels larger than (ha; 0 = no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="304"/>
        <source>Elevation model (DEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="307"/>
        <source>Highland above (m): seasonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="310"/>
        <source>Max slope for machines (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="118"/>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="321"/>
        <source>District name field (default: district, else name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="331"/>
        <source>Target date: teams needed to finish by it (TEAMS_NEEDED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="339"/>
        <source>Warn when completion is more years away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="342"/>
        <source>Progress field of an earlier plan (done, ongoing; else planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="351"/>
        <source>Re-plan as of (with STATUS_FIELD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="359"/>
        <source>Work plan tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="364"/>
        <source>Gantt chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="369"/>
        <source>Work plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="374"/>
        <source>Teams needed by the target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="386"/>
        <source>Land release: NTS, then TS, then clearance of what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="393"/>
        <source>Hazard type field SHA/CHA (default: hazard_type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="393"/>
        <source>Per-parcel share NTS cancels (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="393"/>
        <source>Per-parcel share TS reduces (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="413"/>
        <source>Share NTS cancels (type:share,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="413"/>
        <source>Share TS reduces (type:share,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="439"/>
        <source>Layer &apos;{0}&apos; (PARCELS) must be a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="451"/>
        <source>{0} must name a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="455"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; ({2}); its fields: {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="507"/>
        <source>Land release: NTS cancels {0}, TS reduces {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="515"/>
        <source>EXPECTED_REDUCTION {0} is not used: CANCEL_SHARE / REDUCE_SHARE are given. Clear both to plan with one combined share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="535"/>
        <source>Areas and task grid in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="544"/>
        <source>{0} task areas from {1} parcels; {2} parcels not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="605"/>
        <source>Layer &apos;{0}&apos;: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="580"/>
        <source>STATUS_FIELD needs AS_OF: the date to re-plan from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="586"/>
        <source>Re-planning {0} tasks as of {1}: {2} done, {3} ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="626"/>
        <source>Clearance Planner work plan of &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="637"/>
        <source>TEAMS_NEEDED needs a TARGET_DATE: give the date to finish by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="667"/>
        <source>Teams needed by {0}: re-running the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="670"/>
        <source>TARGET_DATE {0}: no number of teams finishes every task by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="678"/>
        <source>Sampling DEM {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="14"/>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="14"/>
        <source>Cemeteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="14"/>
        <source>Planned infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="14"/>
        <source>Incidents (accidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="33"/>
        <source>Weights by pairwise comparison (AHP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="39"/>
        <source>How much more important is the row criterion than the column criterion? Saaty scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/k the reverse. Weights are the principal eigenvector; CR above 0.10 means the judgements contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="103"/>
        <source>Weights: {0}. λmax {1:.3f}, CR {2:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="107"/>
        <source> — CR &gt; 0.10: the judgements are inconsistent, please revise them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="36"/>
        <source>distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="37"/>
        <source>criterion score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="46"/>
        <source>priority score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="47"/>
        <source>parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="71"/>
        <source>Coverage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="77"/>
        <source>District name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="77"/>
        <source>Hazards (SHA/CHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="77"/>
        <source>Hazard type (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="164"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="77"/>
        <source>Date (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="77"/>
        <source>Released land (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="102"/>
        <source>Casualties (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="113"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="114"/>
        <source>Also write a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="174"/>
        <source>Coverage report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="193"/>
        <source>Coverage report failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="193"/>
        <source>cancelled, or see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="216"/>
        <source>Coverage report written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/criterion_row.py" line="47"/>
        <source>Weight (normalised over the criteria used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/criterion_row.py" line="48"/>
        <source>Decay: how the score falls with distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/criterion_row.py" line="49"/>
        <source>linear: score 0 at this distance; exponential/gaussian: score 0.5; step: score 1 up to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/distances.py" line="93"/>
        <source>the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="40"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="41"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="72"/>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="76"/>
        <source>optional hard gate, e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="77"/>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="85"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="85"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="85"/>
        <source>Decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="85"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="105"/>
        <source>Compute distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="108"/>
        <source>AHP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="109"/>
        <source>Sensitivity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="110"/>
        <source>Save result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="25"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: rank {1} of {2}, score {3:.1f}, class {4}{5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="25"/>
        <source> (fails the gate, ranked after all open parcels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="41"/>
        <source>Score = sum of points (weight × criterion score × 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="21"/>
        <source>Clearance layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="29"/>
        <source>Add clearance layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="33"/>
        <source>Choose a GeoPackage and/or project layers for each role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="320"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="38"/>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="40"/>
        <source>Layer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="65"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="67"/>
        <source>GeoPackage: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="92"/>
        <source>Load demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="93"/>
        <source>Add clearance layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="95"/>
        <source>Could not load the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="99"/>
        <source>Demo layers added (hazards and records are SYNTHETIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="105"/>
        <source>Could not add the clearance layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/live_layer.py" line="12"/>
        <source>Live priority (dock, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="43"/>
        <source>Clearance Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/messages.py" line="25"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="32"/>
        <source>Choose the layers, then Compute distances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="39"/>
        <source>Clearance prioritisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="135"/>
        <source>Layers changed: Compute distances again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="154"/>
        <source>Could not compute the distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="163"/>
        <source>choose a parcels layer and at least one criterion layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="168"/>
        <source>Computing distances for {0} parcels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="170"/>
        <source>Clearance Planner: distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="190"/>
        <source>Distance computation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="191"/>
        <source>Distance computation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="202"/>
        <source>Could not create the live map layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="214"/>
        <source>Could not re-score the parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="223"/>
        <source>All weights are 0: give at least one weight &gt; 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="236"/>
        <source>{0} parcels ranked; normalised weights: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="272"/>
        <source>Could not apply the AHP weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="313"/>
        <source>Could not save the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="318"/>
        <source>compute the distances first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="320"/>
        <source>Save prioritised parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="338"/>
        <source>Saving the prioritised parcels failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="349"/>
        <source>Prioritised parcels saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="355"/>
        <source>Could not open the sensitivity analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="370"/>
        <source>Prioritisation dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="11"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="11"/>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="11"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="11"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="11"/>
        <source>Main driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Gated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="14"/>
        <source>Hazards SHA/CHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="14"/>
        <source>Cleared / released land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="34"/>
        <source>Clearance Planner demo (SYNTHETIC hazards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="97"/>
        <source>The demo GeoPackage {0} is missing; run `make demo-data`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="104"/>
        <source>Layer {0} is missing from {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="116"/>
        <source>Clearance Planner demo — SYNTHETIC hazard data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/task_runner.py" line="106"/>
        <source>The Processing algorithm {0} is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="18"/>
        <source>&amp;Clearance Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="45"/>
        <source>Prioritise hazards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/dem.py" line="43"/>
        <source>DEM &apos;{0}&apos; cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/dem.py" line="47"/>
        <source>DEM &apos;{0}&apos; has no coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="66"/>
        <source>{0}: &apos;{1}&apos; is a file, not a folder; choose another path than &apos;{2}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="62"/>
        <source>{0}: the folder &apos;{1}&apos; does not exist; create it or choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="70"/>
        <source>{0}: the folder &apos;{1}&apos; is read-only; choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="80"/>
        <source>{0}: &apos;{1}&apos; is a file; give a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="82"/>
        <source>{0}: &apos;{1}&apos; is a folder; give a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="85"/>
        <source>{0}: the file &apos;{1}&apos; is read-only; table &apos;{2}&apos; cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="26"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS) has no field &apos;{1}&apos; (DISTRICT_FIELD); its fields: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="34"/>
        <source>no task is placed in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/expressions.py" line="15"/>
        <source>{0} cannot be parsed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/expressions.py" line="24"/>
        <source>{0} refers to field(s) missing from layer &apos;{1}&apos;: {2} (it has: {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="103"/>
        <source>kept in the CSV without coordinates (no placemark, waypoint or atlas page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="103"/>
        <source>so nothing can be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="110"/>
        <source>Layer &apos;{0}&apos;: none of its {1} features has usable coordinates, so there is nothing to export; fix the geometries (clearance:check_geometry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="129"/>
        <source>repaired with makeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="150"/>
        <source>cannot be transformed to WGS 84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="158"/>
        <source>coordinates beyond WGS 84 (±180°, ±90°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="173"/>
        <source>outside UTM zone {0} ({1}) by up to {2:.2f}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="185"/>
        <source>cannot be projected to UTM zone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="198"/>
        <source>Layer &apos;{0}&apos;: {1} tasks lie outside UTM zone {2} ({3}); their UTM coordinates are given in zone {2} and flagged outside_zone in the CSV (set UTM_ZONE to choose another zone): features {4}{5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="235"/>
        <source>GeoPackage: layer &apos;{0}&apos; not written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="242"/>
        <source>Clearance Planner export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/gates.py" line="55"/>
        <source>{0} fails on feature {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="112"/>
        <source>NaN or infinite coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="80"/>
        <source>no area (not a polygon, or a zero-area ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="86"/>
        <source>repair left nothing ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="91"/>
        <source>no area after repair (collapsed to a line or point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="100"/>
        <source>empty geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="221"/>
        <source>Layer &apos;{0}&apos;: {1} invalid geometries repaired with makeValid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="228"/>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="229"/>
        <source>Layer &apos;{0}&apos;: {1} features have no usable geometry, {2}: {3}{4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="240"/>
        <source>Layer &apos;{0}&apos;: {1} features without geometry, {2} (features {3}{4}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="55"/>
        <source>, kept although DATE_FROM/DATE_TO filter the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="56"/>
        <source>Layer &apos;{0}&apos; field &apos;{1}&apos;: {2} incidents with an unparsable date and {3} without a date are counted under &apos;unknown year&apos;{4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="63"/>
        <source>Layer &apos;{0}&apos;: {1} casualty values are not numbers; counted as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="69"/>
        <source>{0} incidents outside DATE_FROM/DATE_TO are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="112"/>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="69"/>
        <source>Layer '{0}' has no coordinate reference system. Set it in Layer Properties ▸ Source (or run 'Assign projection') and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="171"/>
        <source>Layer &apos;{0}&apos;, feature {1}: cannot transform its geometry to {2} ({3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="187"/>
        <source>Layer &apos;{0}&apos;, feature {1}: unreadable geometry ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="202"/>
        <source>Layer &apos;{0}&apos;, feature {1}: coordinates cannot be transformed to {2} (are they in the layer&apos;s CRS {3}?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/overlay.py" line="157"/>
        <source>Cannot measure areas on the ellipsoid: {0} has a coordinate outside the domain of its CRS ({1}). Fix or remove that feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/overlay.py" line="183"/>
        <source>layer &apos;{0}&apos;, feature {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/overlay.py" line="184"/>
        <source>a dissolved polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="36"/>
        <source>Layer &apos;{0}&apos; (LANDMARKS) has no field &apos;{1}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="50"/>
        <source>beyond WGS 84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="53"/>
        <source>not used as landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="115"/>
        <source>feature {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="115"/>
        <source> (id {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="118"/>
        <source>{0}: could not write {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="139"/>
        <source>{0}: could not write &apos;{1}&apos;: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="170"/>
        <source>Could not replace the output &apos;{0}&apos;: {1} (is it open in another program?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="180"/>
        <source>&apos;{0}&apos; exists; set OVERWRITE to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="228"/>
        <source>not planned (kept in OUTPUT without dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="96"/>
        <source>Layer &apos;{0}&apos;, field &apos;{1}&apos;: hazard types {2} are neither SHA nor CHA; planned as SHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="107"/>
        <source>Layer &apos;{0}&apos; (PARCELS) has no feature with a usable polygon: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="107"/>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="136"/>
        <source>Layer &apos;{0}&apos;, feature {1}, field &apos;{2}&apos;: priority &apos;{3}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="152"/>
        <source>Layer &apos;{0}&apos;, feature {1}, field &apos;{2}&apos;: unknown method &apos;{3}&apos;; expected one of {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="181"/>
        <source>Layer &apos;{0}&apos;, feature {1}, field &apos;{2}&apos;: share &apos;{3}&apos; must be a number 0-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="208"/>
        <source>Layer &apos;{0}&apos;: STATUS_FIELD re-plans an earlier work plan (the OUTPUT of this algorithm), but the layer has no field {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="230"/>
        <source>Layer &apos;{0}&apos; (PARCELS) has no task with a usable polygon to re-plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="113"/>
        <source>Outside UTM zone {0} ({1}): the grid is zone {0} extended; a GPS on automatic zones shows another zone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="129"/>
        <source>Map and grid: {0} (metres). Clearance Planner, [% format_date(now(), &apos;yyyy-MM-dd&apos;) %]. Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="150"/>
        <source>PDF atlas not written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="165"/>
        <source>PDF atlas: layer &apos;{0}&apos; has unsaved edits or changed during the export; save its edits and run the export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="203"/>
        <source>Current task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="23"/>
        <source>District (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="24"/>
        <source>Records (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="25"/>
        <source>Hazard (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="26"/>
        <source>Hazard in records (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="160"/>
        <source>Unmapped hazard (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="28"/>
        <source>Records without hazard (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="29"/>
        <source>Cleared (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="30"/>
        <source>District contaminated (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="31"/>
        <source>Hazard mapped (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="33"/>
        <source>Incidents in records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="165"/>
        <source>Incidents outside records (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="35"/>
        <source>Casualties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="124"/>
        <source>Inside records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="125"/>
        <source>Outside every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="155"/>
        <source>Hazard area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="83"/>
        <source>Hazard area mapped vs unmapped, per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="100"/>
        <source>Incidents inside vs outside records, per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="118"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="129"/>
        <source>Incidents per year, inside vs outside records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="136"/>
        <source>No incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="156"/>
        <source>Hazard inside records (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="121"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="191"/>
        <source>Unmapped hazard by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="191"/>
        <source>Hazard type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="191"/>
        <source>Unmapped (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="191"/>
        <source>Where types overlap, the area counts for the type first in alphabetical order (CHA before SHA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="213"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="213"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="213"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="213"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="229"/>
        <source>Coverage of contamination by minefield records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="229"/>
        <source> (SYNTHETIC demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="236"/>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="237"/>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="245"/>
        <source>Inputs include SYNTHETIC demo data: hazards, records and incidents are not real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="257"/>
        <source>Created {0} by Clearance Planner {1} (clearance:coverage). Incidents: {2}. Areas in hectares on the WGS 84 ellipsoid; overlay in {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="268"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="270"/>
        <source>Notes on the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="112"/>
        <source>No invalid, empty or undated features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="274"/>
        <source>Map: records vs unmapped hazard vs incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="276"/>
        <source>minefield records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="278"/>
        <source>hazard outside every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="280"/>
        <source>incident inside a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="282"/>
        <source>incident outside every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="284"/>
        <source>Map of records, unmapped hazard and incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="119"/>
        <source>Figures per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="289"/>
        <source>Overlapping records and hazards are dissolved before measuring; features crossing a district boundary are split by it. The total row is measured on the whole area at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="182"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="296"/>
        <source>Hazard area mapped vs unmapped per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="297"/>
        <source>Incidents inside vs outside records per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="298"/>
        <source>Incidents per year inside vs outside records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="48"/>
        <source>District
ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="49"/>
        <source>Records
ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="50"/>
        <source>Hazard
ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="51"/>
        <source>Hazard in
records ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="52"/>
        <source>Unmapped
hazard ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="53"/>
        <source>Records w/o
hazard ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="54"/>
        <source>Cleared
ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="55"/>
        <source>District
contam. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="56"/>
        <source>Hazard
mapped %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="57"/>
        <source>Inci-
dents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="58"/>
        <source>Incidents
in records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="59"/>
        <source>Incidents
outside %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="60"/>
        <source>Casual-
ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="79"/>
        <source>{0} &apos;{1}&apos; ({2} features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="84"/>
        <source>Incidents: {0}. Areas in hectares on the WGS 84 ellipsoid; overlapping records and hazards dissolved per district before measuring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="89"/>
        <source>Inputs: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="101"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="115"/>
        <source>Notes on the data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="165"/>
        <source>Unmapped hazard by type: {0} (overlaps count for the type first in alphabetical order, CHA before SHA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="213"/>
        <source>PDF export to {0} failed (status {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="70"/>
        <source> (SYNTHETIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="76"/>
        <source>Incidents outside records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="85"/>
        <source>Incidents inside records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="100"/>
        <source>Unmapped hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="26"/>
        <source>NTS (non-technical survey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="27"/>
        <source>TS (technical survey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="28"/>
        <source>clearance: manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="29"/>
        <source>clearance: mechanical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="30"/>
        <source>clearance: mdd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="70"/>
        <source>no-work months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="74"/>
        <source>target {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="94"/>
        <source>, {0} parcels not planned (no usable polygon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="95"/>
        <source>Work plan: {0} — {1} tasks, completion {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="28"/>
        <source>5–95 % rank interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="36"/>
        <source>mean rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="37"/>
        <source>rank with your weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="38"/>
        <source>top {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="40"/>
        <source>{0}  (P top {1} = {2:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="48"/>
        <source>rank (1 = most urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="51"/>
        <source>Weight sensitivity of the most urgent parcels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
