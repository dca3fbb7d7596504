<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="30"/>
        <source>no geometry</source>
        <translation>həndəsə yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="301"/>
        <source> or </source>
        <translation> və ya </translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="302"/>
        <source>Layer &apos;{0}&apos; ({1}) holds {2}; {1} takes {3}. Choose a layer of {3}.</source>
        <translation>'{0}' laylı ({1}) {2} saxlayır; {1} {3} qəbul edir. {3} olan lay seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="80"/>
        <source>Check geometry</source>
        <translation>Həndəsəni yoxla</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="81"/>
        <source>Quality assurance</source>
        <translation>Keyfiyyətə nəzarət</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="94"/>
        <source>Layer to check</source>
        <translation>Yoxlanılacaq lay</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="100"/>
        <source>Longest allowed gap between consecutive vertices (m)</source>
        <translation>Ardıcıl təpələr arasında icazə verilən ən böyük məsafə (m)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="108"/>
        <source>Sliver: polygons smaller than (m²)</source>
        <translation>Sliver: bundan kiçik poliqonlar (m²)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="111"/>
        <source>Geometry problems</source>
        <translation>Həndəsə problemləri</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="116"/>
        <source>Repaired geometries</source>
        <translation>Təmir edilmiş həndəsələr</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="125"/>
        <source>Number of geometry problems</source>
        <translation>Həndəsə problemlərinin sayı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="136"/>
        <source>Layer &apos;{0}&apos; has no geometry.</source>
        <translation>'{0}' layının həndəsəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="140"/>
        <source>Lengths and areas measured in {0}</source>
        <translation>Uzunluqlar və sahələr {0} ilə ölçülüb</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="155"/>
        <source>Problems: {0}</source>
        <translation>Problemlər: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="323"/>
        <source>outside the area of use of {0}</source>
        <translation>{0} istifadə sahəsindən kənarda</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="362"/>
        <source>empty or null geometry</source>
        <translation>boş və ya null həndəsə</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="221"/>
        <source>repair gave another geometry type</source>
        <translation>təmir başqa həndəsə tipi verdi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="173"/>
        <source>Coverage of contamination by records</source>
        <translation>Çirklənmənin formulyarlarla əhatəsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="174"/>
        <source>Analysis</source>
        <translation>Təhlil</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="202"/>
        <source>Districts (polygons)</source>
        <translation>Rayonlar (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="205"/>
        <source>District name field</source>
        <translation>Rayon adı sahəsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="212"/>
        <source>Minefield records (mapped polygons)</source>
        <translation>Mina sahəsi formulyarları (xəritələşdirilmiş poliqonlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="217"/>
        <source>Hazard areas SHA/CHA (polygons)</source>
        <translation>Təhlükəli ərazilər ŞTƏ/TTƏ (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="223"/>
        <source>Hazard type field (e.g. SHA/CHA)</source>
        <translation>Təhlükə tipi sahəsi (məs. SHA/CHA)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="231"/>
        <source>Incidents / accidents (points)</source>
        <translation>İnsidentlər / bədbəxt hadisələr (nöqtələr)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="238"/>
        <source>Incident date field</source>
        <translation>İnsident tarixi sahəsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="246"/>
        <source>Casualties field</source>
        <translation>Zərərçəkənlər sahəsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="255"/>
        <source>Released / cleared land (polygons)</source>
        <translation>Azad edilmiş / təmizlənmiş torpaq (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="260"/>
        <source>Incidents from (date)</source>
        <translation>İnsidentlər bu tarixdən</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="260"/>
        <source>Incidents up to (date)</source>
        <translation>İnsidentlər bu tarixədək</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="226"/>
        <source>Coverage per district</source>
        <translation>Rayonlar üzrə əhatə</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="226"/>
        <source>Unmapped hazard (gaps)</source>
        <translation>Xəritələşdirilməmiş təhlükə (boşluqlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="281"/>
        <source>Coverage report (HTML)</source>
        <translation>Əhatə hesabatı (HTML)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="281"/>
        <source>HTML files (*.html)</source>
        <translation>HTML faylları (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="286"/>
        <source>Coverage report (PDF)</source>
        <translation>Əhatə hesabatı (PDF)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="434"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="325"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; ({2}); its fields are: {3}.</source>
        <translation>'{0}' layında '{1}' sahəsi yoxdur ({2}); onun sahələri: {3}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="337"/>
        <source>{0} is not a valid date (got {1}); use YYYY-MM-DD.</source>
        <translation>{0} düzgün tarix deyil ({1} verilib); YYYY-MM-DD istifadə edin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="358"/>
        <source>Choose the district name field (DISTRICT_FIELD).</source>
        <translation>Rayon adı sahəsini seçin (DISTRICT_FIELD).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="362"/>
        <source>DATE_FROM ({0}) is after DATE_TO ({1}).</source>
        <translation>DATE_FROM ({0}) DATE_TO-dan ({1}) sonradır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="494"/>
        <source>HAZARD_TYPE_FIELD &apos;{0}&apos; of layer &apos;{1}&apos; has {2} distinct values; choose a category field such as hazard_type (SHA/CHA).</source>
        <translation>'{1}' layının HAZARD_TYPE_FIELD '{0}' sahəsinin {2} fərqli dəyəri var; hazard_type (SHA/CHA) kimi kateqoriya sahəsi seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="518"/>
        <source>(no type)</source>
        <translation>(tip yoxdur)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="685"/>
        <source>Report written to {0}</source>
        <translation>Hesabat yazıldı: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="658"/>
        <source>Mapped vs unmapped contamination per district.</source>
        <translation>Rayonlar üzrə xəritələşdirilmiş və xəritələşdirilməmiş çirklənmə.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="658"/>
        <source>Hazard area outside every minefield record.</source>
        <translation>Bütün mina sahəsi formulyarlarından kənar təhlükəli ərazi.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="686"/>
        <source>PDF report written to {0}</source>
        <translation>PDF hesabat yazıldı: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="711"/>
        <source>Overlay in {0}; areas on the WGS 84 ellipsoid.</source>
        <translation>Üst-üstə qoyma {0} ilə; sahələr WGS 84 ellipsoidində.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="714"/>
        <source>Layer &apos;{0}&apos; ({1}) reprojected to {2}.</source>
        <translation>'{0}' layı ({1}) {2} sisteminə yenidən proyeksiya edildi.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="725"/>
        <source>not measured (counted in no district)</source>
        <translation>ölçülmədi (heç bir rayonda sayılmır)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="732"/>
        <source>Layer &apos;{0}&apos;, feature {1}: empty {2}; named &apos;District {1}&apos;.</source>
        <translation>'{0}' layı, {1} obyekti: boş {2}; 'District {1}' adlandırıldı.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="738"/>
        <source>Layer &apos;{0}&apos;: several districts share the name(s) {1}; each feature keeps its own row.</source>
        <translation>'{0}' layı: bir neçə rayon eyni ad(lar)ı daşıyır: {1}; hər obyekt öz sətrini saxlayır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="750"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS) does not overlap any hazard of &apos;{1}&apos;, record of &apos;{2}&apos; or incident: check that the layers cover the same region and that their CRS is set correctly.</source>
        <translation>'{0}' layı (DISTRICTS) '{1}' layının heç bir təhlükəli ərazisi, '{2}' layının heç bir formulyarı və ya insidentlə üst-üstə düşmür: layların eyni regionu əhatə etdiyini və CRS-lərinin düzgün təyin olunduğunu yoxlayın.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="760"/>
        <source>Layer &apos;{0}&apos;: districts overlap ({1:.2f} ha counted in more than one district); district rows add up to more than the total.</source>
        <translation>'{0}' layı: rayonlar üst-üstə düşür ({1:.2f} ha birdən çox rayonda sayılıb); rayon sətirlərinin cəmi ümumi cəmdən çoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="768"/>
        <source>District rows differ from the total by {0:.3f} % ({1}).</source>
        <translation>Rayon sətirləri ümumi cəmdən {0:.3f} % fərqlənir ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="798"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS) has no features.</source>
        <translation>'{0}' layında (DISTRICTS) obyekt yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="799"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS): none of its {1} features has a usable polygon (no geometry); choose the district boundaries layer.</source>
        <translation>'{0}' layı (DISTRICTS): onun {1} obyektindən heç birinin yararlı poliqonu yoxdur (həndəsə yoxdur); rayon sərhədləri layını seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="91"/>
        <source>Export for the field</source>
        <translation>Çöl işləri üçün ixrac</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="166"/>
        <source>Planning</source>
        <translation>Planlaşdırma</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="119"/>
        <source>Work plan or clearance layer (polygons)</source>
        <translation>İş planı və ya minatəmizləmə layı (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="127"/>
        <source>Hazards shown on the atlas and packed</source>
        <translation>Atlasda göstərilən və paketə daxil edilən təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="127"/>
        <source>Settlements shown on the atlas and packed</source>
        <translation>Atlasda göstərilən və paketə daxil edilən yaşayış məntəqələri</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="139"/>
        <source>Formats</source>
        <translation>Formatlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="148"/>
        <source>Title on the atlas pages</source>
        <translation>Atlas səhifələrindəki başlıq</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="151"/>
        <source>UTM zone of the coordinates and grid, e.g. 38N (default: zone of the extent)</source>
        <translation>Koordinatların və şəbəkənin UTM zonası, məs. 38N (susmaya görə: ekstentin zonası)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="159"/>
        <source>Replace an existing export folder</source>
        <translation>Mövcud ixrac qovluğunu əvəz et</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="164"/>
        <source>Export folder</source>
        <translation>İxrac qovluğu</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="166"/>
        <source>{0} file</source>
        <translation>{0} faylı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="172"/>
        <source>Geometry problems (clearance:check_geometry)</source>
        <translation>Həndəsə problemləri (clearance:check_geometry)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="189"/>
        <source>Layer &apos;{0}&apos; (INPUT) must be a polygon layer.</source>
        <translation>'{0}' layı (INPUT) poliqon layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="193"/>
        <source>Layer &apos;{0}&apos; (INPUT) has no features.</source>
        <translation>'{0}' layında (INPUT) obyekt yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="220"/>
        <source>{0} geometry problem(s) in &apos;{1}&apos;: see {2} in the export folder.</source>
        <translation>'{1}' layında {0} həndəsə problemi: ixrac qovluğunda {2} faylına baxın.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="238"/>
        <source>FORMATS: choose at least one format.</source>
        <translation>FORMATS: ən azı bir format seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="242"/>
        <source>&apos;{0}&apos; exists and is not empty; set OVERWRITE to replace it.</source>
        <translation>'{0}' mövcuddur və boş deyil; onu əvəz etmək üçün OVERWRITE təyin edin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="266"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>İxrac ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="282"/>
        <source>UTM_ZONE: &apos;{0}&apos; is not a UTM zone; give its number (1-60) and hemisphere, e.g. 38N or 38S, or leave it empty for the zone of the plan&apos;s extent.</source>
        <translation>UTM_ZONE: '{0}' UTM zonası deyil; onun nömrəsini (1-60) və yarımkürəsini verin, məs. 38N və ya 38S, və ya planın ekstentinin zonası üçün boş saxlayın.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="301"/>
        <source>Coordinates in WGS 84 / UTM zone {0} (EPSG:{1}).</source>
        <translation>Koordinatlar WGS 84 / UTM zonası {0} ilə (EPSG:{1}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="349"/>
        <source>PDF atlas: {0} pages</source>
        <translation>PDF atlas: {0} səhifə</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="374"/>
        <source>Layer &apos;{0}&apos; cannot be copied for the export ({1}): a feature has a coordinate QGIS cannot handle (infinite?). Run Check geometry on it and fix the features it lists.</source>
        <translation>'{0}' layı ixrac üçün kopyalana bilmir ({1}): obyektlərdən birinin QGIS-in emal edə bilmədiyi koordinatı var (sonsuz?). Onun üzərində Həndəsəni yoxla icra edin və göstərilən obyektləri düzəldin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="100"/>
        <source>Prioritise parcels</source>
        <translation>Sahələri prioritetləşdir</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="114"/>
        <source>Class thresholds &quot;high,medium&quot; on the 0-100 score (default: terciles)</source>
        <translation>0-100 balında sinif hədləri &quot;high,medium&quot; (susmaya görə: tertillər)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="122"/>
        <source>Surface raster for zonal statistics (mean/max per parcel)</source>
        <translation>Zonal statistika üçün səth rasteri (hər sahə üzrə orta/maksimum)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="416"/>
        <source>Prioritised parcels</source>
        <translation>Prioritetləşdirilmiş sahələr</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="145"/>
        <source>AHP consistency ratio (WEIGHTS_AHP)</source>
        <translation>AHP uyğunluq nisbəti (WEIGHTS_AHP)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="159"/>
        <source>CLASS_THRESHOLDS must be two numbers &quot;high,medium&quot;, e.g. &quot;60,30&quot; (got {0}).</source>
        <translation>CLASS_THRESHOLDS iki ədəd &quot;high,medium&quot; olmalıdır, məs. &quot;60,30&quot; ({0} verilib).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="165"/>
        <source>CLASS_THRESHOLDS must satisfy 0 &lt;= medium &lt;= high &lt;= 100 (got {0}).</source>
        <translation>CLASS_THRESHOLDS 0 &lt;= medium &lt;= high &lt;= 100 şərtini ödəməlidir ({0} verilib).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="216"/>
        <source>Clearance Planner priority scores of &apos;{0}&apos;.</source>
        <translation>'{0}' üçün Clearance Planner prioritet balları.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="283"/>
        <source>SURFACE_STATS raster &apos;{0}&apos; cannot be read: {1}</source>
        <translation>SURFACE_STATS rasteri '{0}' oxuna bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="50"/>
        <source>{0}: weight</source>
        <translation>{0}: çəki</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="51"/>
        <source>{0}: decay</source>
        <translation>{0}: azalma</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="57"/>
        <source>{0}: distance (m)</source>
        <translation>{0}: məsafə (m)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="81"/>
        <source>Prioritisation</source>
        <translation>Prioritetləşdirmə</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="104"/>
        <source>Parcels to score (polygons)</source>
        <translation>Qiymətləndiriləcək sahələr (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="120"/>
        <source>Hard gate: parcels must satisfy (expression)</source>
        <translation>Sərt filtr: sahələr bu şərti ödəməlidir (ifadə)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="130"/>
        <source>AHP pairwise matrix replacing the weights, rows separated by &quot;;&quot; (criteria in layer order)</source>
        <translation>Çəkiləri əvəz edən AHP cüt-cüt müqayisə matrisi, sətirlər &quot;;&quot; ilə ayrılır (meyarlar lay sırası ilə)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="158"/>
        <source>{0} must be &gt;= 0 (got {1}).</source>
        <translation>{0} &gt;= 0 olmalıdır ({1} verilib).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="200"/>
        <source>Give at least one criterion layer: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE or INCIDENTS.</source>
        <translation>Ən azı bir meyar layı verin: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE və ya INCIDENTS.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="352"/>
        <source>All weights of the given criteria are 0; give at least one weight &gt; 0.</source>
        <translation>Verilmiş meyarların bütün çəkiləri 0-dır; ən azı bir çəkini &gt; 0 verin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="223"/>
        <source>it has {0} rows but {1} criterion layers are given ({2})</source>
        <translation>onun {0} sətri var, lakin {1} meyar layı verilib ({2})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="230"/>
        <source>WEIGHTS_AHP: {0}</source>
        <translation>WEIGHTS_AHP: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="232"/>
        <source>AHP weights ({0}): {1}; lambda_max {2:.4f}, CI {3:.4f}, CR {4:.4f}</source>
        <translation>AHP çəkiləri ({0}): {1}; lambda_max {2:.4f}, CI {3:.4f}, CR {4:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="242"/>
        <source>AHP consistency ratio {0:.3f} &gt; 0.10: the pairwise judgements are inconsistent; revise them.</source>
        <translation>AHP uyğunluq nisbəti {0:.3f} &gt; 0.10: cüt-cüt mühakimələr uyğunsuzdur; onlara yenidən baxın.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="280"/>
        <source>Layer &apos;{0}&apos; (PARCELS) must be a polygon layer; it has {1} geometries.</source>
        <translation>'{0}' layı (PARCELS) poliqon layı olmalıdır; onda {1} həndəsələr var.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="463"/>
        <source>Layer &apos;{0}&apos; (PARCELS) has no features.</source>
        <translation>'{0}' layında (PARCELS) obyekt yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="341"/>
        <source>Distances computed in {0}</source>
        <translation>Məsafələr {0} ilə hesablanıb</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="466"/>
        <source>kept with NULL scores, class Unknown</source>
        <translation>NULL ballarla, Unknown sinfi ilə saxlanıldı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="241"/>
        <source>not used as {0}</source>
        <translation>{0} kimi istifadə edilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="452"/>
        <source>Nearest {0} for {1} parcels…</source>
        <translation>{1} sahə üçün ən yaxın {0}…</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="507"/>
        <source>Layer &apos;{0}&apos; has no geometry: every parcel scores 0 on {1}.</source>
        <translation>'{0}' layının həndəsəsi yoxdur: hər sahə {1} üzrə 0 bal alır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="259"/>
        <source>Record accuracy</source>
        <translation>Formulyarların dəqiqliyi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="95"/>
        <source>Records</source>
        <translation>Formulyarlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="104"/>
        <source>Digitised minefield records</source>
        <translation>Rəqəmsallaşdırılmış mina sahəsi formulyarları</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="110"/>
        <source>District field of the records</source>
        <translation>Formulyarların rayon sahəsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="119"/>
        <source>Confirmed hazards / cleared land with finds</source>
        <translation>Təsdiqlənmiş təhlükəli ərazilər / tapıntılarla təmizlənmiş torpaq</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="124"/>
        <source>Only confirmed polygons where (expression)</source>
        <translation>Yalnız bu şərti ödəyən təsdiqlənmiş poliqonlar (ifadə)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="132"/>
        <source>Incidents (points)</source>
        <translation>İnsidentlər (nöqtələr)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="140"/>
        <source>A record is accurate when this share of it is confirmed</source>
        <translation>Formulyarın bu payı təsdiqləndikdə o dəqiq sayılır</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="155"/>
        <source>Record reliability by district</source>
        <translation>Rayonlar üzrə formulyar etibarlılığı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="182"/>
        <source>Areas and distances in {0}</source>
        <translation>Sahələr və məsafələr {0} ilə</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="188"/>
        <source>kept with NULL results</source>
        <translation>NULL nəticələrlə saxlanıldı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="197"/>
        <source>not counted as confirmed</source>
        <translation>təsdiqlənmiş kimi sayılmadı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="203"/>
        <source>not counted as incidents</source>
        <translation>insident kimi sayılmadı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="233"/>
        <source>Overall: {0:.0%} of record area confirmed; {1} of {2} records accurate.</source>
        <translation>Ümumi: formulyar sahəsinin {0:.0%} təsdiqlənib; {2} formulyardan {1} dəqiqdir.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="259"/>
        <source>Share of each minefield record confirmed, and incidents outside it.</source>
        <translation>Hər mina sahəsi formulyarının təsdiqlənmiş payı və ondan kənar insidentlər.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="277"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; (DISTRICT_FIELD).</source>
        <translation>'{0}' layında '{1}' sahəsi yoxdur (DISTRICT_FIELD).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="61"/>
        <source>Degrees (360)</source>
        <translation>Dərəcələr (360)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="61"/>
        <source>NATO mils (6400)</source>
        <translation>NATO mil (6400)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="61"/>
        <source>Warsaw-Pact mils (6000, e.g. 15-00)</source>
        <translation>Varşava Müqaviləsi mili (6000, məs. 15-00)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="61"/>
        <source>Grads (400)</source>
        <translation>Qradlar (400)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="94"/>
        <source>Minefield records from survey tables</source>
        <translation>Tədqiqat cədvəllərindən mina sahəsi formulyarları</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="119"/>
        <source>Record table (CSV, XLSX or any table layer)</source>
        <translation>Formulyar cədvəli (CSV, XLSX və ya istənilən cədvəl layı)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="134"/>
        <source>CRS of ref_x/ref_y (default WGS 84)</source>
        <translation>ref_x/ref_y-nin CRS-i (susmaya görə WGS 84)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="140"/>
        <source>Landmarks (points)</source>
        <translation>Oriyentirlər (nöqtələr)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="148"/>
        <source>Landmark name field</source>
        <translation>Oriyentir adı sahəsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="157"/>
        <source>Bearing unit</source>
        <translation>Azimut vahidi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="162"/>
        <source>Bearings are relative to</source>
        <translation>Azimutlar bunlara nisbətəndir</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="167"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation>Maqnit meyli (dərəcə, şərq müsbət)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="177"/>
        <source>Distance unit</source>
        <translation>Məsafə vahidi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="182"/>
        <source>Pace length (m)</source>
        <translation>Addım uzunluğu (m)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="191"/>
        <source>Closed records (polygons; no: lines)</source>
        <translation>Qapalı formulyarlar (poliqonlar; xeyr: xətlər)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="196"/>
        <source>Closure tolerance (m)</source>
        <translation>Qapanma tolerantlığı (m)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="199"/>
        <source>Misclosure adjustment</source>
        <translation>Qapanma xətasının düzəlişi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="105"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="199"/>
        <source>Bowditch (compass rule)</source>
        <translation>Bowditch (kompas qaydası)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="207"/>
        <source>Output CRS (default: UTM of the first reference point)</source>
        <translation>Nəticə CRS-i (susmaya görə: birinci istinad nöqtəsinin UTM-i)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="89"/>
        <source>Minefield records</source>
        <translation>Mina sahəsi formulyarları</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="254"/>
        <source>Turning points</source>
        <translation>Dönmə nöqtələri</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="224"/>
        <source>Record table errors</source>
        <translation>Formulyar cədvəlinin xətaları</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="263"/>
        <source>Table &apos;{0}&apos;: column names taken from its first row.</source>
        <translation>'{0}' cədvəli: sütun adları onun birinci sətrindən götürüldü.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="269"/>
        <source>Table &apos;{0}&apos; lacks the column(s) {1} (has: {2}).</source>
        <translation>'{0}' cədvəlində {1} sütun(lar)ı yoxdur (var: {2}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="275"/>
        <source>Table &apos;{0}&apos; has no rows.</source>
        <translation>'{0}' cədvəlində sətir yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="391"/>
        <source>Minefield records digitised from &apos;{0}&apos; by Clearance Planner.</source>
        <translation>Clearance Planner tərəfindən '{0}' cədvəlindən rəqəmsallaşdırılmış mina sahəsi formulyarları.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="404"/>
        <source>row {0}</source>
        <translation>sətir {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="404"/>
        <source>record</source>
        <translation>formulyar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="411"/>
        <source>Records by status: {0}</source>
        <translation>Statusa görə formulyarlar: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="70"/>
        <source>Weight sensitivity of priorities</source>
        <translation>Prioritetlərin çəkilərə həssaslığı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="213"/>
        <source>Rank sensitivity</source>
        <translation>Yer həssaslığı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="89"/>
        <source>Perturbation</source>
        <translation>Pozulma</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="97"/>
        <source>Uniform: spread (+- %)</source>
        <translation>Uniform: səpələnmə (+- %)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="98"/>
        <source>Dirichlet: concentration</source>
        <translation>Dirichlet: konsentrasiya</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="101"/>
        <source>Number of runs</source>
        <translation>İcraların sayı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="101"/>
        <source>Random seed</source>
        <translation>Təsadüfi toxum</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="101"/>
        <source>Top K (report the probability of ranking in the top K)</source>
        <translation>Top K (ilk K-ya düşmə ehtimalını bildir)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="122"/>
        <source>Rank interval chart</source>
        <translation>Yer intervalı diaqramı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="367"/>
        <source>PNG files (*.png)</source>
        <translation>PNG faylları (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="131"/>
        <source>Parcels in the top K in at least 95 % of the runs</source>
        <translation>İcraların ən azı 95 %-ində ilk K-da olan sahələr</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="141"/>
        <source>SPREAD must be below 100 % (got {0}).</source>
        <translation>SPREAD 100 %-dən az olmalıdır ({0} verilib).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="166"/>
        <source>RUNS x parcels = {0} x {1} needs {2:.1f} GB for the rank matrix; use at most {3} runs.</source>
        <translation>RUNS x sahələr = {0} x {1} yer matrisi üçün {2:.1f} GB tələb edir; ən çoxu {3} icra istifadə edin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="178"/>
        <source>Ranking {0} parcels {1} times…</source>
        <translation>{0} sahə {1} dəfə sıralanır…</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="192"/>
        <source>{0} of the top {1} parcels stay in the top {1} in at least 95 % of the runs.</source>
        <translation>İlk {1} sahədən {0}-i icraların ən azı 95 %-ində ilk {1}-də qalır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="213"/>
        <source>Clearance Planner weight sensitivity of the priorities of &apos;{0}&apos;.</source>
        <translation>'{0}' prioritetlərinin Clearance Planner çəki həssaslığı.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="53"/>
        <source>Priority surface: the clearance:prioritise score (0-100) for every cell of a grid over EXTENT, in CRS (projected, metres) with square cells of CELL_SIZE metres.

Criteria, weights, decays and distances are those of clearance:prioritise. The distance of a cell is measured from its centre to the nearest cell touched by a target (exact Euclidean distance transform), so it is within half a cell diagonal of the vector distance.

RASTER_CRITERIA: rasters (e.g. population density) resampled bilinearly onto the grid (reprojected when their CRS differs); higher value = more urgent. Each is normalised to 0-1 by its min-max, or by RASTER_RANGES &quot;low:high&quot; (one entry per raster, separated by &quot;;&quot;; &quot;auto&quot; for min-max), and weighted by RASTER_WEIGHTS (numbers separated by &quot;;&quot;; default 0.2 each). Raster nodata cells score 0 on that criterion.

MASK: polygons (e.g. hazards); cells whose centre is outside every polygon get nodata.

Output: a float32 GeoTIFF (tiled, DEFLATE, overviews, nodata -9999) with band 1 = priority_score, and with CRITERION_BANDS one 0-1 score band per criterion followed by one distance band (m) per vector criterion. A grid of more than MAX_CELLS cells is refused.</source>
        <translation>Prioritet səthi: EXTENT üzərində, CRS-də (proyeksiyalı, metr) CELL_SIZE metrlik kvadrat xanalı şəbəkənin hər xanası üçün clearance:prioritise balı (0-100).

Meyarlar, çəkilər, azalmalar və məsafələr clearance:prioritise-dəkilərdir. Xananın məsafəsi onun mərkəzindən hədəfin toxunduğu ən yaxın xanaya qədər ölçülür (dəqiq Evklid məsafə çevrilməsi), buna görə vektor məsafəsindən yarım xana diaqonalı qədər fərqlənə bilər.

RASTER_CRITERIA: şəbəkəyə bixətti yenidən seçilən rasterlər (məs. əhali sıxlığı) (CRS fərqlidirsə yenidən proyeksiya edilir); yüksək dəyər = daha təcili. Hər biri min-max ilə və ya RASTER_RANGES &quot;low:high&quot; ilə (hər raster üçün bir qeyd, &quot;;&quot; ilə ayrılır; min-max üçün &quot;auto&quot;) 0-1-ə normallaşdırılır və RASTER_WEIGHTS ilə çəkilir (&quot;;&quot; ilə ayrılmış ədədlər; susmaya görə hər biri 0.2). Raster nodata xanaları həmin meyar üzrə 0 bal alır.

MASK: poliqonlar (məs. təhlükəli ərazilər); mərkəzi bütün poliqonlardan kənarda olan xanalar nodata alır.

Nəticə: float32 GeoTIFF (plitələrlə, DEFLATE, icmallar, nodata -9999), 1-ci zolaq = priority_score, CRITERION_BANDS ilə isə hər meyar üçün bir 0-1 bal zolağı, ardınca hər vektor meyarı üçün bir məsafə zolağı (m). MAX_CELLS-dən çox xanalı şəbəkə rədd edilir.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="80"/>
        <source>Priority surface (raster)</source>
        <translation>Prioritet səthi (raster)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="95"/>
        <source>Extent</source>
        <translation>Ekstent</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="96"/>
        <source>CRS of the surface (projected, metres)</source>
        <translation>Səthin CRS-i (proyeksiyalı, metr)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="99"/>
        <source>Cell size (m)</source>
        <translation>Xana ölçüsü (m)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="101"/>
        <source>Mask polygons (cells outside get nodata)</source>
        <translation>Maska poliqonları (kənardakı xanalar nodata alır)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="109"/>
        <source>Raster criteria (higher value = more urgent)</source>
        <translation>Raster meyarlar (yüksək dəyər = daha təcili)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="117"/>
        <source>Raster criteria: weights &quot;w1;w2;…&quot; (default 0.2 each)</source>
        <translation>Raster meyarlar: çəkilər &quot;w1;w2;…&quot; (susmaya görə hər biri 0.2)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="124"/>
        <source>Raster criteria: ranges &quot;low:high;auto;…&quot; (auto = min-max)</source>
        <translation>Raster meyarlar: hüdudlar &quot;low:high;auto;…&quot; (auto = min-max)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="131"/>
        <source>Add per-criterion score and distance bands</source>
        <translation>Hər meyar üçün bal və məsafə zolaqları əlavə et</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="136"/>
        <source>Maximum number of cells</source>
        <translation>Xanaların maksimal sayı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="143"/>
        <source>Tile size in cells (0 = automatic)</source>
        <translation>Plitə ölçüsü xanalarla (0 = avtomatik)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="398"/>
        <source>Priority surface</source>
        <translation>Prioritet səthi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="181"/>
        <source>CRS is not a valid coordinate reference system.</source>
        <translation>CRS düzgün koordinat istinad sistemi deyil.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="183"/>
        <source>CRS {0} is not projected in metres; cell sizes and distances need metres. Choose a projected CRS such as the WGS 84 / UTM zone of the area (e.g. EPSG:32638 for 42°E–48°E north).</source>
        <translation>CRS {0} metrlərlə proyeksiyalı deyil; xana ölçüləri və məsafələr metr tələb edir. Ərazinin WGS 84 / UTM zonası kimi proyeksiyalı CRS seçin (məs. şimalda 42°E–48°E üçün EPSG:32638).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="196"/>
        <source>EXTENT has a NaN or infinite coordinate ({0}) in {1}; give a finite extent (e.g. from a layer) in the CRS of the surface.</source>
        <translation>EXTENT-in {1} sistemində NaN və ya sonsuz koordinatı var ({0}); səthin CRS-ində sonlu ekstent verin (məs. laydan).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="203"/>
        <source>EXTENT is empty; give an extent with an area.</source>
        <translation>EXTENT boşdur; sahəsi olan ekstent verin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="206"/>
        <source>CELL_SIZE must be a finite number &gt; 0 metres (got {0}).</source>
        <translation>CELL_SIZE sonlu ədəd &gt; 0 metr olmalıdır ({0} verilib).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="211"/>
        <source>MAX_CELLS must be at least 1 (got {0}); it caps the size of the grid.</source>
        <translation>MAX_CELLS ən azı 1 olmalıdır ({0} verilib); o, şəbəkənin ölçüsünü məhdudlaşdırır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="218"/>
        <source>A {0} m cell gives {1} × {2} = {3:,} cells, more than MAX_CELLS ({4:,}). Use a cell size of at least {5:.0f} m or a smaller EXTENT; to run it anyway, raise MAX_CELLS (advanced parameters) to {3:,}.</source>
        <translation>{0} m-lik xana {1} × {2} = {3:,} xana verir, bu MAX_CELLS-dən ({4:,}) çoxdur. Ən azı {5:.0f} m xana ölçüsü və ya daha kiçik EXTENT istifadə edin; yenə də icra etmək üçün MAX_CELLS-i (əlavə parametrlər) {3:,}-ə qaldırın.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="245"/>
        <source>{0}_WEIGHT and {0}_DISTANCE must be &gt;= 0.</source>
        <translation>{0}_WEIGHT və {0}_DISTANCE &gt;= 0 olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="249"/>
        <source>Layer &apos;{0}&apos; has no geometry: every cell scores 0 on {1}.</source>
        <translation>'{0}' layının həndəsəsi yoxdur: hər xana {1} üzrə 0 bal alır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="260"/>
        <source>{0} has {1} entries but RASTER_CRITERIA has {2} rasters.</source>
        <translation>{0} {1} qeyd saxlayır, lakin RASTER_CRITERIA-da {2} raster var.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="285"/>
        <source>Raster &apos;{0}&apos; is not a file GDAL can read ({1}).</source>
        <translation>'{0}' rasteri GDAL-ın oxuya bildiyi fayl deyil ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="291"/>
        <source>RASTER_WEIGHTS entry {0} is not a number: {1!r}</source>
        <translation>RASTER_WEIGHTS-in {0} qeydi ədəd deyil: {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="295"/>
        <source>RASTER_WEIGHTS must be &gt;= 0.</source>
        <translation>RASTER_WEIGHTS &gt;= 0 olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="298"/>
        <source>Raster &apos;{0}&apos; has no coordinate reference system.</source>
        <translation>'{0}' rasterinin koordinat istinad sistemi yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="301"/>
        <source>Raster &apos;{0}&apos;: normalised over [{1:g}, {2:g}], weight {3:g}</source>
        <translation>'{0}' rasteri: [{1:g}, {2:g}] üzrə normallaşdırıldı, çəki {3:g}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="313"/>
        <source>Raster &apos;{0}&apos; has no valid (non-nodata) cells.</source>
        <translation>'{0}' rasterində etibarlı (nodata olmayan) xana yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="320"/>
        <source>RASTER_RANGES entry {0} must be &quot;low:high&quot; or &quot;auto&quot; (got {1!r}).</source>
        <translation>RASTER_RANGES-in {0} qeydi &quot;low:high&quot; və ya &quot;auto&quot; olmalıdır ({1!r} verilib).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="326"/>
        <source>RASTER_RANGES entry {0}: high must be &gt; low (got {1!r}).</source>
        <translation>RASTER_RANGES-in {0} qeydi: high low-dan böyük olmalıdır ({1!r} verilib).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="336"/>
        <source>OUTPUT must be a GeoTIFF file (.tif); got &apos;{0}&apos;.</source>
        <translation>OUTPUT GeoTIFF faylı (.tif) olmalıdır; '{0}' verilib.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="344"/>
        <source>Give at least one criterion: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE, INCIDENTS or RASTER_CRITERIA.</source>
        <translation>Ən azı bir meyar verin: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE, INCIDENTS və ya RASTER_CRITERIA.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="364"/>
        <source>Grid {0} × {1} cells of {2:g} m in {3}</source>
        <translation>Şəbəkə {0} × {1} xana, {2:g} m, {3} sistemində</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="398"/>
        <source>Clearance Planner priority score per {0:g} m cell.</source>
        <translation>Hər {0:g} m-lik xana üçün Clearance Planner prioritet balı.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="403"/>
        <source>Score over {0:,} valid cells: min {1:.1f}, mean {2:.1f}, max {3:.1f}</source>
        <translation>{0:,} etibarlı xana üzrə bal: min {1:.1f}, orta {2:.1f}, maks {3:.1f}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="452"/>
        <source>At {0:g} m cells the distances of the criteria reach {1:,} cells beyond each tile, more than the memory of one tile allows. Use a CELL_SIZE of at least {2:.1f} m or shorter distances (exponential and gaussian decays reach about 20 and 4.5 × their DISTANCE).</source>
        <translation>{0:g} m-lik xanalarda meyarların məsafələri hər plitədən {1:,} xana kənara çatır, bu bir plitənin yaddaşının icazə verdiyindən çoxdur. Ən azı {2:.1f} m CELL_SIZE və ya daha qısa məsafələr istifadə edin (exponential və gaussian azalmalar DISTANCE-in təxminən 20 və 4.5 mislinə çatır).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="467"/>
        <source>Layer &apos;{0}&apos; (MASK) must be a polygon layer.</source>
        <translation>'{0}' layı (MASK) poliqon layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="471"/>
        <source>not part of the mask</source>
        <translation>maskanın hissəsi deyil</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="474"/>
        <source>Layer &apos;{0}&apos; (MASK) has no polygons: every cell would be nodata.</source>
        <translation>'{0}' layında (MASK) poliqon yoxdur: hər xana nodata olardı.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="112"/>
        <source>Turns prioritised polygons (e.g. the output of Prioritise parcels) into dated tasks.

Tasks: each parcel, or with MAX_TASK_HA the parcel clipped to a square grid of cells of that area (north row first; parent_id keeps the parcel id). Method from METHOD_FIELD (manual, mechanical, mdd, technical_survey, non_technical_survey) or DEFAULT_METHOD.

Effort (team-days) = area / PRODUCTIVITY (m² per team per working day; defaults: manual 240 = 30 m² per deminer x 8 deminers, mdd 400 per dog pair, mechanical 2,500 per machine; survey rates are low-confidence assumptions; a CSV path with method,default,low,high also works). The range: low = area x (1 - EXPECTED_REDUCTION) / high rate (survey releases part of the land before clearance), high = area / low rate.

Schedule: tasks in PRIORITY_FIELD order (lower first); each goes to the team of its method that is free first (ties: lowest team number) and takes ceil(effort) whole working days from START_DATE on WORK_DAYS, skipping HOLIDAYS (&quot;2027-01-01,2027-03-20&quot;) and, for seasonal tasks, NO_WORK_MONTHS (&quot;12,1,2&quot;). Seasonal tasks: those above HIGHLAND_M on the DEM and those whose SEASON_FIELD is true; without DEM and SEASON_FIELD every task. On the DEM, mechanical tasks steeper than MAX_MECH_SLOPE fall back to manual.

Land release (LAND_RELEASE, default on; IMAS 07.11): each parcel becomes a chain of steps, each on its own team type and starting after its predecessor ends: non-technical survey (nts) of the whole area, technical survey (ts) of what NTS does not cancel (CANCEL_SHARE), and clearance by the parcel's method of what TS does not reduce (REDUCE_SHARE). CHA (TYPE_FIELD, default hazard_type) skip NTS; a survey method ends the chain at its survey. Default shares are planning assumptions from Bosnia and Herzegovina 2017 (Landmine Monitor 2018: of 5.23 km² released 2.45 cancelled, 2.48 reduced, 0.30 cleared): SHA cancel 0.47, TS reduce 0.89. CANCEL_FIELD / REDUCE_FIELD override them per parcel; with both share texts empty EXPECTED_REDUCTION is one combined share. release_cancelled_m2, release_reduced_m2 and release_cleared_m2 of a parcel's steps add up to its area. District names come from DISTRICT_FIELD (default district, else name).

TARGET_DATE: TEAMS_NEEDED lists per method the fewest teams that finish every task by that date, found by re-running the schedule. A warning names the bottleneck when completion is more than MAX_YEARS away.

Progress: with STATUS_FIELD, PARCELS is an earlier OUTPUT of this algorithm; tasks whose status is done keep their dates and teams, ongoing ones keep their team and finish first with the working days left, the rest is re-planned from AS_OF (precedence kept).

Outputs: OUTPUT tasks (in a metric CRS), GANTT (PNG) and SUMMARY (totals per method and district; the (all)/(all) row holds the projected completion date).

Nothing is dropped: invalid parcels are repaired (makeValid); a parcel without a usable polygon (no geometry, NaN coordinates, no area) keeps one OUTPUT row without geometry, dates or effort, whose plan_status says why; SUMMARY counts them in not_planned.</source>
        <translation>Prioritetləşdirilmiş poliqonları (məs. Sahələri prioritetləşdir nəticəsini) tarixli tapşırıqlara çevirir.

Tapşırıqlar: hər sahə, və ya MAX_TASK_HA ilə həmin sahəli kvadrat xanalı şəbəkəyə kəsilmiş sahə (əvvəlcə şimal sırası; parent_id sahənin id-sini saxlayır). Üsul METHOD_FIELD-dən (manual, mechanical, mdd, technical_survey, non_technical_survey) və ya DEFAULT_METHOD-dan.

Əmək (qrup-gün) = sahə / PRODUCTIVITY (hər qrupa hər iş günü m²; susmaya görə: manual 240 = hər minaaxtaran üçün 30 m² x 8 minaaxtaran, mdd hər it cütü üçün 400, mechanical hər maşın üçün 2,500; tədqiqat göstəriciləri etibarlılığı aşağı fərziyyələrdir; method,default,low,high sütunlu CSV yolu da işləyir). Hüdud: low = sahə x (1 - EXPECTED_REDUCTION) / yüksək göstərici (tədqiqat minatəmizləmədən əvvəl torpağın bir hissəsini azad edir), high = sahə / aşağı göstərici.

Cədvəl: tapşırıqlar PRIORITY_FIELD sırası ilə (kiçik əvvəl); hər biri öz üsulunun ilk boşalan qrupuna düşür (bərabərlikdə: ən kiçik qrup nömrəsi) və START_DATE-dən WORK_DAYS üzrə ceil(əmək) tam iş günü çəkir, HOLIDAYS (&quot;2027-01-01,2027-03-20&quot;) və mövsümi tapşırıqlar üçün NO_WORK_MONTHS (&quot;12,1,2&quot;) buraxılır. Mövsümi tapşırıqlar: DEM üzrə HIGHLAND_M-dən yuxarıda olanlar və SEASON_FIELD-i true olanlar; DEM və SEASON_FIELD olmadan hər tapşırıq. DEM üzrə MAX_MECH_SLOPE-dan dik mexaniki tapşırıqlar manual-a keçir.

Torpağın azad edilməsi (LAND_RELEASE, susmaya görə aktiv; IMAS 07.11): hər sahə addımlar zəncirinə çevrilir, hər biri öz qrup tipində və sələfi bitdikdən sonra başlayır: bütün sahənin qeyri-texniki tədqiqatı (nts), NTS-in ləğv etmədiyi hissənin texniki tədqiqatı (ts) (CANCEL_SHARE) və TS-in ixtisar etmədiyi hissənin sahənin üsulu ilə minatəmizlənməsi (REDUCE_SHARE). CHA (TYPE_FIELD, susmaya görə hazard_type) NTS-i buraxır; tədqiqat üsulu zənciri öz tədqiqatında bitirir. Susmaya görə paylar Bosniya və Herseqovina 2017-dən planlaşdırma fərziyyələridir (Landmine Monitor 2018: azad edilmiş 5.23 km²-dən 2.45 ləğv edilib, 2.48 ixtisar edilib, 0.30 təmizlənib): SHA ləğvi 0.47, TS ixtisarı 0.89. CANCEL_FIELD / REDUCE_FIELD onları hər sahə üçün əvəz edir; hər iki pay mətni boş olduqda EXPECTED_REDUCTION bir birləşmiş paydır. Sahənin addımlarının release_cancelled_m2, release_reduced_m2 və release_cleared_m2 cəmi onun sahəsinə bərabərdir. Rayon adları DISTRICT_FIELD-dən gəlir (susmaya görə district, yoxdursa name).

TARGET_DATE: TEAMS_NEEDED hər üsul üzrə bütün tapşırıqları həmin tarixə qədər bitirən ən az qrup sayını sadalayır, cədvəli yenidən icra etməklə tapılır. Tamamlanma MAX_YEARS-dan uzaqdırsa xəbərdarlıq darboğazı adlandırır.

İrəliləyiş: STATUS_FIELD ilə PARCELS bu alqoritmin əvvəlki OUTPUT-udur; statusu done olan tapşırıqlar tarixlərini və qruplarını saxlayır, ongoing olanlar qrupunu saxlayır və qalan iş günləri ilə əvvəlcə bitir, qalanları AS_OF-dan yenidən planlaşdırılır (ardıcıllıq saxlanılır).

Nəticələr: OUTPUT tapşırıqları (metrik CRS-də), GANTT (PNG) və SUMMARY (üsul və rayon üzrə cəmlər; (all)/(all) sətri proqnozlaşdırılan tamamlanma tarixini saxlayır).

Heç nə itirilmir: etibarsız sahələr təmir edilir (makeValid); yararlı poliqonu olmayan sahə (həndəsəsiz, NaN koordinatlar, sahəsiz) həndəsəsiz, tarixsiz və əməksiz bir OUTPUT sətri saxlayır, onun plan_status sahəsi səbəbi deyir; SUMMARY onları not_planned-da sayır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="655"/>
        <source>Work plan</source>
        <translation>İş planı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="211"/>
        <source>Prioritised parcels (polygons)</source>
        <translation>Prioritetləşdirilmiş sahələr (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="218"/>
        <source>Priority field (lower = earlier)</source>
        <translation>Prioritet sahəsi (kiçik = daha tez)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="218"/>
        <source>Method field</source>
        <translation>Üsul sahəsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="218"/>
        <source>Seasonal field (true = follows NO_WORK_MONTHS)</source>
        <translation>Mövsümi sahə (true = NO_WORK_MONTHS-a tabedir)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="246"/>
        <source>Default method</source>
        <translation>Susmaya görə üsul</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="254"/>
        <source>Productivity (m² per team per working day; rows override defaults)</source>
        <translation>Məhsuldarlıq (hər qrupa hər iş günü m²; sətirlər susmaya görə dəyərləri əvəz edir)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="264"/>
        <source>Expected share released by survey (0-1)</source>
        <translation>Tədqiqatla azad edilməsi gözlənilən pay (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="269"/>
        <source>Teams per method (method:count,...)</source>
        <translation>Hər üsul üzrə qruplar (method:count,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="274"/>
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="282"/>
        <source>Working days</source>
        <translation>İş günləri</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="291"/>
        <source>Holidays (YYYY-MM-DD,...)</source>
        <translation>Bayramlar (YYYY-MM-DD,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="291"/>
        <source>No-work months of seasonal tasks (1-12,...)</source>
        <translation>Mövsümi tapşırıqların işsiz ayları (1-12,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="291"/>
        <source>Cost in US$ per m² (method:cost,...)</source>
        <translation>Hər m² üçün ABŞ dolları ilə xərc (method:cost,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="303"/>
        <source>Split parcels larger than (ha; 0 = no)</source>
        <translation>Bundan böyük sahələri böl (ha; 0 = xeyr)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="306"/>
        <source>Elevation model (DEM)</source>
        <translation>Relyef modeli (DEM)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="309"/>
        <source>Highland above (m): seasonal</source>
        <translation>Dağlıq ərazi bundan yuxarı (m): mövsümi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="312"/>
        <source>Max slope for machines (°)</source>
        <translation>Maşınlar üçün maksimal meyil (°)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="98"/>
        <source>Districts</source>
        <translation>Rayonlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="323"/>
        <source>District name field (default: district, else name)</source>
        <translation>Rayon adı sahəsi (susmaya görə: district, yoxdursa name)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="334"/>
        <source>Target date: teams needed to finish by it (TEAMS_NEEDED)</source>
        <translation>Hədəf tarix: ona qədər bitirmək üçün lazım olan qruplar (TEAMS_NEEDED)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="342"/>
        <source>Warn when completion is more years away</source>
        <translation>Tamamlanma bundan çox il uzaqdırsa xəbərdar et</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="345"/>
        <source>Progress field of an earlier plan (done, ongoing; else planned)</source>
        <translation>Əvvəlki planın irəliləyiş sahəsi (done, ongoing; əks halda planned)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="354"/>
        <source>Re-plan as of (with STATUS_FIELD)</source>
        <translation>Bu tarixdən yenidən planlaşdır (STATUS_FIELD ilə)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="362"/>
        <source>Work plan tasks</source>
        <translation>İş planı tapşırıqları</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="367"/>
        <source>Gantt chart</source>
        <translation>Gantt diaqramı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="372"/>
        <source>Work plan summary</source>
        <translation>İş planının xülasəsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="377"/>
        <source>Teams needed by the target date</source>
        <translation>Hədəf tarixə qədər lazım olan qruplar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="406"/>
        <source>Land release: NTS, then TS, then clearance of what is left</source>
        <translation>Torpağın azad edilməsi: NTS, sonra TS, sonra qalanın minatəmizlənməsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="413"/>
        <source>Hazard type field SHA/CHA (default: hazard_type)</source>
        <translation>Təhlükə tipi sahəsi SHA/CHA (susmaya görə: hazard_type)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="413"/>
        <source>Per-parcel share NTS cancels (0-1)</source>
        <translation>Hər sahə üzrə NTS-in ləğv etdiyi pay (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="413"/>
        <source>Per-parcel share TS reduces (0-1)</source>
        <translation>Hər sahə üzrə TS-in ixtisar etdiyi pay (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="433"/>
        <source>Share NTS cancels (type:share,...)</source>
        <translation>NTS-in ləğv etdiyi pay (type:share,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="433"/>
        <source>Share TS reduces (type:share,...)</source>
        <translation>TS-in ixtisar etdiyi pay (type:share,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="459"/>
        <source>Layer &apos;{0}&apos; (PARCELS) must be a polygon layer.</source>
        <translation>'{0}' layı (PARCELS) poliqon layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="471"/>
        <source>{0} must name a field.</source>
        <translation>{0} sahə adı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="475"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; ({2}); its fields: {3}.</source>
        <translation>'{0}' layında '{1}' sahəsi yoxdur ({2}); onun sahələri: {3}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="526"/>
        <source>Land release: NTS cancels {0}, TS reduces {1} ({2})</source>
        <translation>Torpağın azad edilməsi: NTS {0} ləğv edir, TS {1} ixtisar edir ({2})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="534"/>
        <source>EXPECTED_REDUCTION {0} is not used: CANCEL_SHARE / REDUCE_SHARE are given. Clear both to plan with one combined share.</source>
        <translation>EXPECTED_REDUCTION {0} istifadə olunmur: CANCEL_SHARE / REDUCE_SHARE verilib. Bir birləşmiş payla planlaşdırmaq üçün hər ikisini təmizləyin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="555"/>
        <source>Areas and task grid in {0}</source>
        <translation>Sahələr və tapşırıq şəbəkəsi {0} ilə</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="569"/>
        <source>{0} task areas from {1} parcels; {2} parcels not planned</source>
        <translation>{1} sahədən {0} tapşırıq sahəsi; {2} sahə planlaşdırılmadı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="632"/>
        <source>Layer &apos;{0}&apos;: {1}</source>
        <translation>'{0}' layı: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="607"/>
        <source>STATUS_FIELD needs AS_OF: the date to re-plan from.</source>
        <translation>STATUS_FIELD AS_OF tələb edir: yenidən planlaşdırma tarixi.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="613"/>
        <source>Re-planning {0} tasks as of {1}: {2} done, {3} ongoing</source>
        <translation>{0} tapşırıq {1} tarixindən yenidən planlaşdırılır: {2} bitib, {3} davam edir</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="655"/>
        <source>Clearance Planner work plan of &apos;{0}&apos;.</source>
        <translation>'{0}' üçün Clearance Planner iş planı.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="667"/>
        <source>TEAMS_NEEDED needs a TARGET_DATE: give the date to finish by.</source>
        <translation>TEAMS_NEEDED TARGET_DATE tələb edir: bitirmə tarixini verin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="710"/>
        <source>Teams needed by {0}: re-running the schedule</source>
        <translation>{0} tarixinə qədər lazım olan qruplar: cədvəl yenidən icra edilir</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="713"/>
        <source>TARGET_DATE {0}: no number of teams finishes every task by then.</source>
        <translation>TARGET_DATE {0}: heç bir qrup sayı bütün tapşırıqları o vaxta qədər bitirmir.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="721"/>
        <source>Sampling DEM {0}</source>
        <translation>DEM {0} oxunur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/land_release.py" line="35"/>
        <source>planning assumption from Bosnia and Herzegovina 2017 (Landmine Monitor 2018: of 5.23 km² released 2.45 cancelled, 2.48 reduced, 0.30 cleared)</source>
        <translation>Bosniya və Herseqovina 2017-dən planlaşdırma fərziyyəsi (Landmine Monitor 2018: azad edilmiş 5.23 km²-dən 2.45 ləğv edilib, 2.48 ixtisar edilib, 0.30 təmizlənib)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Settlements</source>
        <translation>Yaşayış məntəqələri</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Cemeteries</source>
        <translation>Qəbiristanlıqlar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Planned infrastructure</source>
        <translation>Planlaşdırılan infrastruktur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Incidents (accidents)</source>
        <translation>İnsidentlər (bədbəxt hadisələr)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="33"/>
        <source>Weights by pairwise comparison (AHP)</source>
        <translation>Cüt-cüt müqayisə ilə çəkilər (AHP)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="39"/>
        <source>How much more important is the row criterion than the column criterion? Saaty scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/k the reverse. Weights are the principal eigenvector; CR above 0.10 means the judgements contradict each other.</source>
        <translation>Sətir meyarı sütun meyarından nə qədər vacibdir? Saaty şkalası: 1 bərabər, 3 orta, 5 güclü, 7 çox güclü, 9 həddindən artıq; 1/k əksi. Çəkilər əsas məxsusi vektordur; 0.10-dan yuxarı CR mühakimələrin bir-birinə zidd olduğunu bildirir.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="103"/>
        <source>Weights: {0}. λmax {1:.3f}, CR {2:.3f}</source>
        <translation>Çəkilər: {0}. λmax {1:.3f}, CR {2:.3f}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="107"/>
        <source> — CR &gt; 0.10: the judgements are inconsistent, please revise them.</source>
        <translation> — CR &gt; 0.10: mühakimələr uyğunsuzdur, onlara yenidən baxın.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="74"/>
        <source>distance (km)</source>
        <translation>məsafə (km)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="75"/>
        <source>criterion score</source>
        <translation>meyar balı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="80"/>
        <source>priority score</source>
        <translation>prioritet balı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="81"/>
        <source>parcels</source>
        <translation>sahələr</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="77"/>
        <source>Coverage report</source>
        <translation>Əhatə hesabatı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>District name</source>
        <translation>Rayon adı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>Hazards (SHA/CHA)</source>
        <translation>Təhlükəli ərazilər (ŞTƏ/TTƏ)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>Hazard type (optional)</source>
        <translation>Təhlükə tipi (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="215"/>
        <source>Incidents</source>
        <translation>İnsidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>Date (optional)</source>
        <translation>Tarix (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>Released land (optional)</source>
        <translation>Azad edilmiş torpaq (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="111"/>
        <source>Casualties (optional)</source>
        <translation>Zərərçəkənlər (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="128"/>
        <source>Output folder</source>
        <translation>Nəticə qovluğu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="129"/>
        <source>Also write a PDF report</source>
        <translation>PDF hesabat da yaz</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="197"/>
        <source>Coverage report…</source>
        <translation>Əhatə hesabatı…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="216"/>
        <source>Coverage report failed: {0}</source>
        <translation>Əhatə hesabatı alınmadı: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="216"/>
        <source>cancelled, or see the log</source>
        <translation>ləğv edildi, və ya jurnala baxın</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="239"/>
        <source>Coverage report written to {0}</source>
        <translation>Əhatə hesabatı yazıldı: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/criterion_row.py" line="47"/>
        <source>Weight (normalised over the criteria used)</source>
        <translation>Çəki (istifadə olunan meyarlar üzrə normallaşdırılır)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/criterion_row.py" line="48"/>
        <source>Decay: how the score falls with distance</source>
        <translation>Azalma: balın məsafə ilə necə düşdüyü</translation>
    </message>
    <message>
        <location filename="../plugin/gui/criterion_row.py" line="49"/>
        <source>linear: score 0 at this distance; exponential/gaussian: score 0.5; step: score 1 up to it</source>
        <translation>linear: bu məsafədə bal 0; exponential/gaussian: bal 0.5; step: ona qədər bal 1</translation>
    </message>
    <message>
        <location filename="../plugin/gui/distances.py" line="94"/>
        <source>the gate</source>
        <translation>filtr</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="41"/>
        <source>Layers</source>
        <translation>Laylar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="42"/>
        <source>Weights</source>
        <translation>Çəkilər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="64"/>
        <source>Parcels</source>
        <translation>Sahələr</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="83"/>
        <source>optional hard gate, e.g. {0}</source>
        <translation>isteğe bağlı sərt filtr, məs. {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="84"/>
        <source>Gate</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="95"/>
        <source>Criterion</source>
        <translation>Meyar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="95"/>
        <source>Weight</source>
        <translation>Çəki</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="95"/>
        <source>Decay</source>
        <translation>Azalma</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="95"/>
        <source>Distance</source>
        <translation>Məsafə</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="145"/>
        <source>Compute distances</source>
        <translation>Məsafələri hesabla</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="146"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="148"/>
        <source>AHP…</source>
        <translation>AHP…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="149"/>
        <source>Sensitivity…</source>
        <translation>Həssaslıq…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="150"/>
        <source>Save result…</source>
        <translation>Nəticəni saxla…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="40"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: rank {1} of {2}, score {3:.1f}, class {4}{5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {2} arasında yer {1}, bal {3:.1f}, sinif {4}{5}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="40"/>
        <source> (fails the gate, ranked after all open parcels)</source>
        <translation> (filtrdən keçmir, bütün açıq sahələrdən sonra sıralanır)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="56"/>
        <source>Score = sum of points (weight × criterion score × 100).</source>
        <translation>Bal = xalların cəmi (çəki × meyar balı × 100).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="29"/>
        <source>Clearance layers</source>
        <translation>Minatəmizləmə layları</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="37"/>
        <source>Add clearance layers</source>
        <translation>Minatəmizləmə layları əlavə et</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="43"/>
        <source>Choose a GeoPackage and/or project layers for each role.</source>
        <translation>Hər rol üçün GeoPackage və/və ya layihə layları seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="391"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="48"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="50"/>
        <source>Layer group</source>
        <translation>Lay qrupu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="88"/>
        <source>(none)</source>
        <translation>(heç biri)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="90"/>
        <source>GeoPackage: {0}</source>
        <translation>GeoPackage: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="168"/>
        <source>Load demo project</source>
        <translation>Demo layihəni yüklə</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="169"/>
        <source>Add clearance layers…</source>
        <translation>Minatəmizləmə layları əlavə et…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="171"/>
        <source>Could not load the demo project</source>
        <translation>Demo layihə yüklənə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="175"/>
        <source>Demo layers added (hazards and records are SYNTHETIC).</source>
        <translation>Demo laylar əlavə edildi (təhlükəli ərazilər və formulyarlar SİNTETİKDİR).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="181"/>
        <source>Could not add the clearance layers</source>
        <translation>Minatəmizləmə layları əlavə edilə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/live_layer.py" line="27"/>
        <source>Live priority (dock, not saved)</source>
        <translation>Canlı prioritet (panel, saxlanılmayıb)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="43"/>
        <source>Clearance Planner</source>
        <translation>Clearance Planner</translation>
    </message>
    <message>
        <location filename="../plugin/gui/messages.py" line="25"/>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="41"/>
        <source>Choose the layers, then Compute distances.</source>
        <translation>Layları seçin, sonra Məsafələri hesabla.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="48"/>
        <source>Clearance prioritisation</source>
        <translation>Minatəmizləmənin prioritetləşdirilməsi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="182"/>
        <source>Layers changed: Compute distances again.</source>
        <translation>Laylar dəyişdi: Məsafələri yenidən hesablayın.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="202"/>
        <source>Could not compute the distances</source>
        <translation>Məsafələr hesablana bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="242"/>
        <source>choose a parcels layer and at least one criterion layer</source>
        <translation>sahələr layını və ən azı bir meyar layını seçin</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="218"/>
        <source>Computing distances for {0} parcels…</source>
        <translation>{0} sahə üçün məsafələr hesablanır…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="220"/>
        <source>Clearance Planner: distances</source>
        <translation>Clearance Planner: məsafələr</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="240"/>
        <source>Distance computation failed</source>
        <translation>Məsafələrin hesablanması alınmadı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="241"/>
        <source>Distance computation cancelled.</source>
        <translation>Məsafələrin hesablanması ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="252"/>
        <source>Could not create the live map layer</source>
        <translation>Canlı xəritə layı yaradıla bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="274"/>
        <source>Could not re-score the parcels</source>
        <translation>Sahələr yenidən qiymətləndirilə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="284"/>
        <source>All weights are 0: give at least one weight &gt; 0.</source>
        <translation>Bütün çəkilər 0-dır: ən azı bir çəkini &gt; 0 verin.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="299"/>
        <source>{0} parcels ranked; normalised weights: {1}</source>
        <translation>{0} sahə sıralandı; normallaşdırılmış çəkilər: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="341"/>
        <source>Could not apply the AHP weights</source>
        <translation>AHP çəkiləri tətbiq edilə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="384"/>
        <source>Could not save the result</source>
        <translation>Nəticə saxlanıla bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="389"/>
        <source>compute the distances first</source>
        <translation>əvvəlcə məsafələri hesablayın</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="391"/>
        <source>Save prioritised parcels</source>
        <translation>Prioritetləşdirilmiş sahələri saxla</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="409"/>
        <source>Saving the prioritised parcels failed</source>
        <translation>Prioritetləşdirilmiş sahələrin saxlanması alınmadı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="421"/>
        <source>Prioritised parcels saved to {0}</source>
        <translation>Prioritetləşdirilmiş sahələr saxlanıldı: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="465"/>
        <source>Could not open the sensitivity analysis</source>
        <translation>Həssaslıq təhlili açıla bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="480"/>
        <source>Prioritisation dock</source>
        <translation>Prioritetləşdirmə paneli</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="319"/>
        <source>Rank</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="11"/>
        <source>Parcel</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="322"/>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="321"/>
        <source>Class</source>
        <translation>Sinif</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="323"/>
        <source>Main driver</source>
        <translation>Əsas amil</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>High</source>
        <translation>Yüksək</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Low</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Gated</source>
        <translation>Filtrdən keçməyən</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Hazards SHA/CHA</source>
        <translation>Təhlükəli ərazilər ŞTƏ/TTƏ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Cleared / released land</source>
        <translation>Təmizlənmiş / azad edilmiş torpaq</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="44"/>
        <source>Clearance Planner demo (SYNTHETIC hazards)</source>
        <translation>Clearance Planner demo (SİNTETİK təhlükəli ərazilər)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="123"/>
        <source>The demo GeoPackage {0} is missing; run `make demo-data`.</source>
        <translation>Demo GeoPackage {0} yoxdur; `make demo-data` icra edin.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="130"/>
        <source>Layer {0} is missing from {1}.</source>
        <translation>{0} layı {1} faylında yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="142"/>
        <source>Clearance Planner demo — SYNTHETIC hazard data</source>
        <translation>Clearance Planner demo — SİNTETİK təhlükə məlumatları</translation>
    </message>
    <message>
        <location filename="../plugin/gui/task_runner.py" line="106"/>
        <source>The Processing algorithm {0} is not available.</source>
        <translation>{0} Processing alqoritmi mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="18"/>
        <source>&amp;Clearance Planner</source>
        <translation>&amp;Clearance Planner</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="45"/>
        <source>Prioritise hazards…</source>
        <translation>Təhlükəli əraziləri prioritetləşdir…</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/dem.py" line="43"/>
        <source>DEM &apos;{0}&apos; cannot be read: {1}</source>
        <translation>DEM '{0}' oxuna bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/dem.py" line="47"/>
        <source>DEM &apos;{0}&apos; has no coordinate reference system.</source>
        <translation>DEM '{0}'-in koordinat istinad sistemi yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="67"/>
        <source>{0}: &apos;{1}&apos; is a file, not a folder; choose another path than &apos;{2}&apos;.</source>
        <translation>{0}: '{1}' qovluq deyil, fayldır; '{2}'-dən başqa yol seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="63"/>
        <source>{0}: the folder &apos;{1}&apos; does not exist; create it or choose another path.</source>
        <translation>{0}: '{1}' qovluğu mövcud deyil; onu yaradın və ya başqa yol seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="71"/>
        <source>{0}: the folder &apos;{1}&apos; is read-only; choose a folder you can write to.</source>
        <translation>{0}: '{1}' qovluğu yalnız oxunur; yaza biləcəyiniz qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="81"/>
        <source>{0}: &apos;{1}&apos; is a file; give a folder.</source>
        <translation>{0}: '{1}' fayldır; qovluq verin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="83"/>
        <source>{0}: &apos;{1}&apos; is a folder; give a file name inside it.</source>
        <translation>{0}: '{1}' qovluqdur; onun içində fayl adı verin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="86"/>
        <source>{0}: the file &apos;{1}&apos; is read-only; table &apos;{2}&apos; cannot be written.</source>
        <translation>{0}: '{1}' faylı yalnız oxunur; '{2}' cədvəli yazıla bilməz.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="19"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS) has no field &apos;{1}&apos; (DISTRICT_FIELD); its fields: {2}.</source>
        <translation>'{0}' layında (DISTRICTS) '{1}' sahəsi yoxdur (DISTRICT_FIELD); onun sahələri: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="62"/>
        <source>no task is placed in them</source>
        <translation>onlara heç bir tapşırıq yerləşdirilmir</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/expressions.py" line="15"/>
        <source>{0} cannot be parsed: {1}</source>
        <translation>{0} təhlil edilə bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/expressions.py" line="24"/>
        <source>{0} refers to field(s) missing from layer &apos;{1}&apos;: {2} (it has: {3}).</source>
        <translation>{0} '{1}' layında olmayan sahə(lər)ə istinad edir: {2} (onda var: {3}).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="104"/>
        <source>kept in the CSV without coordinates (no placemark, waypoint or atlas page)</source>
        <translation>CSV-də koordinatsız saxlanıldı (placemark, yol nöqtəsi və ya atlas səhifəsi yoxdur)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="104"/>
        <source>so nothing can be exported</source>
        <translation>buna görə heç nə ixrac edilə bilməz</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="111"/>
        <source>Layer &apos;{0}&apos;: none of its {1} features has usable coordinates, so there is nothing to export; fix the geometries (clearance:check_geometry).</source>
        <translation>'{0}' layı: onun {1} obyektindən heç birinin yararlı koordinatları yoxdur, buna görə ixrac ediləcək heç nə yoxdur; həndəsələri düzəldin (clearance:check_geometry).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="130"/>
        <source>repaired with makeValid</source>
        <translation>makeValid ilə təmir edildi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="151"/>
        <source>cannot be transformed to WGS 84</source>
        <translation>WGS 84-ə çevrilə bilmir</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="159"/>
        <source>coordinates beyond WGS 84 (±180°, ±90°)</source>
        <translation>WGS 84 hüdudlarından kənar koordinatlar (±180°, ±90°)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="174"/>
        <source>outside UTM zone {0} ({1}) by up to {2:.2f}°</source>
        <translation>UTM zonası {0} ({1}) hüdudundan {2:.2f}°-yə qədər kənarda</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="186"/>
        <source>cannot be projected to UTM zone {0}</source>
        <translation>UTM zonası {0}-a proyeksiya edilə bilmir</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="199"/>
        <source>Layer &apos;{0}&apos;: {1} tasks lie outside UTM zone {2} ({3}); their UTM coordinates are given in zone {2} and flagged outside_zone in the CSV (set UTM_ZONE to choose another zone): features {4}{5}.</source>
        <translation>'{0}' layı: {1} tapşırıq UTM zonası {2}-dən ({3}) kənardadır; onların UTM koordinatları zona {2}-də verilir və CSV-də outside_zone ilə işarələnir (başqa zona seçmək üçün UTM_ZONE təyin edin): obyektlər {4}{5}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="236"/>
        <source>GeoPackage: layer &apos;{0}&apos; not written: {1}</source>
        <translation>GeoPackage: '{0}' layı yazılmadı: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="243"/>
        <source>Clearance Planner export</source>
        <translation>Clearance Planner ixracı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/gates.py" line="55"/>
        <source>{0} fails on feature {1}: {2}</source>
        <translation>{0} {1} obyektində uğursuz oldu: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="34"/>
        <source>NaN or infinite coordinate</source>
        <translation>NaN və ya sonsuz koordinat</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="32"/>
        <source>no area (not a polygon, or a zero-area ring)</source>
        <translation>sahə yoxdur (poliqon deyil və ya sıfır sahəli halqa)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="100"/>
        <source>repair left nothing ({0})</source>
        <translation>təmirdən heç nə qalmadı ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="33"/>
        <source>no area after repair (collapsed to a line or point)</source>
        <translation>təmirdən sonra sahə yoxdur (xəttə və ya nöqtəyə çökdü)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="31"/>
        <source>empty geometry</source>
        <translation>boş həndəsə</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="288"/>
        <source>Layer &apos;{0}&apos;: {1} invalid geometries repaired with makeValid.</source>
        <translation>'{0}' layı: {1} etibarsız həndəsə makeValid ilə təmir edildi.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="297"/>
        <source> and {0} more</source>
        <translation> və daha {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="298"/>
        <source>Layer &apos;{0}&apos;: {1} features have no usable geometry, {2}: {3}{4}.</source>
        <translation>'{0}' layı: {1} obyektin yararlı həndəsəsi yoxdur, {2}: {3}{4}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="309"/>
        <source>Layer &apos;{0}&apos;: {1} features without geometry, {2} (features {3}{4}).</source>
        <translation>'{0}' layı: həndəsəsiz {1} obyekt, {2} (obyektlər {3}{4}).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="55"/>
        <source>, kept although DATE_FROM/DATE_TO filter the others</source>
        <translation>, DATE_FROM/DATE_TO digərlərini süzgəcdən keçirsə də saxlanıldı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="56"/>
        <source>Layer &apos;{0}&apos; field &apos;{1}&apos;: {2} incidents with an unparsable date and {3} without a date are counted under &apos;unknown year&apos;{4}.</source>
        <translation>'{0}' layı, '{1}' sahəsi: tarixi oxunmayan {2} insident və tarixsiz {3} insident 'unknown year' altında sayılır{4}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="63"/>
        <source>Layer &apos;{0}&apos;: {1} casualty values are not numbers; counted as 0.</source>
        <translation>'{0}' layı: {1} zərərçəkən dəyəri ədəd deyil; 0 kimi sayıldı.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="69"/>
        <source>{0} incidents outside DATE_FROM/DATE_TO are left out.</source>
        <translation>DATE_FROM/DATE_TO-dan kənar {0} insident nəzərə alınmır.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="112"/>
        <source>not counted</source>
        <translation>sayılmadı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="82"/>
        <source>Layer '{0}' has no coordinate reference system. Set it in Layer Properties ▸ Source (or run 'Assign projection') and run again.</source>
        <translation>'{0}' layının koordinat istinad sistemi yoxdur. Onu Lay xüsusiyyətləri ▸ Mənbə bölməsində təyin edin (və ya 'Assign projection' icra edin) və yenidən icra edin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="269"/>
        <source>Layer &apos;{0}&apos;, feature {1}: cannot transform its geometry to {2} ({3}).</source>
        <translation>'{0}' layı, {1} obyekti: həndəsəsi {2} sisteminə çevrilə bilmir ({3}).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="285"/>
        <source>Layer &apos;{0}&apos;, feature {1}: unreadable geometry ({2}).</source>
        <translation>'{0}' layı, {1} obyekti: oxunmayan həndəsə ({2}).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="302"/>
        <source>Layer &apos;{0}&apos;, feature {1}: coordinates cannot be transformed to {2} (are they in the layer&apos;s CRS {3}?).</source>
        <translation>'{0}' layı, {1} obyekti: koordinatlar {2} sisteminə çevrilə bilmir (onlar layın CRS-i {3} ilədirmi?).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/overlay.py" line="178"/>
        <source>Cannot measure areas on the ellipsoid: {0} has a coordinate outside the domain of its CRS ({1}). Fix or remove that feature.</source>
        <translation>Sahələr ellipsoiddə ölçülə bilmir: {0} obyektinin CRS-inin hüdudlarından kənar koordinatı var ({1}). Həmin obyekti düzəldin və ya silin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/overlay.py" line="194"/>
        <source>layer &apos;{0}&apos;, feature {1}</source>
        <translation>'{0}' layı, {1} obyekti</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/overlay.py" line="195"/>
        <source>a dissolved polygon</source>
        <translation>birləşdirilmiş poliqon</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/raster.py" line="449"/>
        <source>the raster is rotated or not north-up</source>
        <translation>raster döndərilib və ya şimal yuxarıda deyil</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="36"/>
        <source>Layer &apos;{0}&apos; (LANDMARKS) has no field &apos;{1}&apos;.</source>
        <translation>'{0}' layında (LANDMARKS) '{1}' sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="50"/>
        <source>beyond WGS 84</source>
        <translation>WGS 84 hüdudlarından kənar</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="53"/>
        <source>not used as landmarks</source>
        <translation>oriyentir kimi istifadə edilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="99"/>
        <source>unknown landmark {0}</source>
        <translation>naməlum oriyentir {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="99"/>
        <source> (no LANDMARKS layer given)</source>
        <translation> (LANDMARKS layı verilməyib)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="104"/>
        <source>landmark {0} is ambiguous ({1} points)</source>
        <translation>{0} oriyentiri birmənalı deyil ({1} nöqtə)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="182"/>
        <source>feature {0}</source>
        <translation>obyekt {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="182"/>
        <source> (id {0})</source>
        <translation> (id {0})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="185"/>
        <source>{0}: could not write {1}: {2}</source>
        <translation>{0}: {1} yazıla bilmədi: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="267"/>
        <source>{0}: could not write &apos;{1}&apos;: {2}</source>
        <translation>{0}: '{1}' yazıla bilmədi: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="376"/>
        <source>Could not replace the output &apos;{0}&apos;: {1} (is it open in another program?)</source>
        <translation>'{0}' nəticəsi əvəz edilə bilmədi: {1} (başqa proqramda açıqdırmı?)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="386"/>
        <source>&apos;{0}&apos; exists; set OVERWRITE to replace it.</source>
        <translation>'{0}' mövcuddur; onu əvəz etmək üçün OVERWRITE təyin edin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/styling.py" line="39"/>
        <source>Style {0} not applied: {1}</source>
        <translation>{0} üslubu tətbiq edilmədi: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="234"/>
        <source>not planned (kept in OUTPUT without dates)</source>
        <translation>planlaşdırılmadı (OUTPUT-da tarixsiz saxlanıldı)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="98"/>
        <source>Layer &apos;{0}&apos;, field &apos;{1}&apos;: hazard types {2} are neither SHA nor CHA; planned as SHA.</source>
        <translation>'{0}' layı, '{1}' sahəsi: {2} təhlükə tipləri nə SHA, nə də CHA-dır; SHA kimi planlaşdırıldı.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="109"/>
        <source>Layer &apos;{0}&apos; (PARCELS) has no feature with a usable polygon: {1}</source>
        <translation>'{0}' layında (PARCELS) yararlı poliqonlu obyekt yoxdur: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="109"/>
        <source>not planned</source>
        <translation>planlaşdırılmadı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="138"/>
        <source>Layer &apos;{0}&apos;, feature {1}, field &apos;{2}&apos;: priority &apos;{3}&apos; is not a number.</source>
        <translation>'{0}' layı, {1} obyekti, '{2}' sahəsi: '{3}' prioriteti ədəd deyil.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="154"/>
        <source>Layer &apos;{0}&apos;, feature {1}, field &apos;{2}&apos;: unknown method &apos;{3}&apos;; expected one of {4}.</source>
        <translation>'{0}' layı, {1} obyekti, '{2}' sahəsi: naməlum üsul '{3}'; bunlardan biri gözlənilir: {4}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="183"/>
        <source>Layer &apos;{0}&apos;, feature {1}, field &apos;{2}&apos;: share &apos;{3}&apos; must be a number 0-1.</source>
        <translation>'{0}' layı, {1} obyekti, '{2}' sahəsi: '{3}' payı 0-1 arasında ədəd olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="214"/>
        <source>Layer &apos;{0}&apos;: STATUS_FIELD re-plans an earlier work plan (the OUTPUT of this algorithm), but the layer has no field {1}.</source>
        <translation>'{0}' layı: STATUS_FIELD əvvəlki iş planını (bu alqoritmin OUTPUT-unu) yenidən planlaşdırır, lakin layda {1} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="236"/>
        <source>Layer &apos;{0}&apos; (PARCELS) has no task with a usable polygon to re-plan.</source>
        <translation>'{0}' layında (PARCELS) yenidən planlaşdırmaq üçün yararlı poliqonlu tapşırıq yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="151"/>
        <source>Outside UTM zone {0} ({1}): the grid is zone {0} extended; a GPS on automatic zones shows another zone here.</source>
        <translation>UTM zonası {0}-dan ({1}) kənarda: şəbəkə genişləndirilmiş zona {0}-dır; avtomatik zonalı GPS burada başqa zona göstərir.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="175"/>
        <source>PDF atlas not written: {0}</source>
        <translation>PDF atlas yazılmadı: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="237"/>
        <source>PDF atlas: layer &apos;{0}&apos; has unsaved edits or changed during the export; save its edits and run the export again.</source>
        <translation>PDF atlas: '{0}' layında saxlanılmamış düzəlişlər var və ya ixrac zamanı dəyişib; düzəlişləri saxlayın və ixracı yenidən icra edin.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="442"/>
        <source>Current task</source>
        <translation>Cari tapşırıq</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="27"/>
        <source>District (ha)</source>
        <translation>Rayon (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="28"/>
        <source>Records (ha)</source>
        <translation>Formulyarlar (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="29"/>
        <source>Hazard (ha)</source>
        <translation>Təhlükə (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="30"/>
        <source>Hazard in records (ha)</source>
        <translation>Formulyarlardakı təhlükə (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="211"/>
        <source>Unmapped hazard (ha)</source>
        <translation>Xəritələşdirilməmiş təhlükə (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="32"/>
        <source>Records without hazard (ha)</source>
        <translation>Təhlükəsiz formulyarlar (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="33"/>
        <source>Cleared (ha)</source>
        <translation>Təmizlənib (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="34"/>
        <source>District contaminated (%)</source>
        <translation>Rayonun çirklənmiş hissəsi (%)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="35"/>
        <source>Hazard mapped (%)</source>
        <translation>Xəritələşdirilmiş təhlükə (%)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="37"/>
        <source>Incidents in records</source>
        <translation>Formulyarlardakı insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="216"/>
        <source>Incidents outside records (%)</source>
        <translation>Formulyarlardan kənar insidentlər (%)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="39"/>
        <source>Casualties</source>
        <translation>Zərərçəkənlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="175"/>
        <source>Inside records</source>
        <translation>Formulyarların daxilində</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="176"/>
        <source>Outside every record</source>
        <translation>Bütün formulyarlardan kənarda</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="206"/>
        <source>Hazard area (ha)</source>
        <translation>Təhlükəli ərazinin sahəsi (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="133"/>
        <source>Hazard area mapped vs unmapped, per district</source>
        <translation>Rayonlar üzrə xəritələşdirilmiş və xəritələşdirilməmiş təhlükəli sahə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="150"/>
        <source>Incidents inside vs outside records, per district</source>
        <translation>Rayonlar üzrə formulyarların daxilində və kənarında insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="169"/>
        <source>unknown</source>
        <translation>naməlum</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="180"/>
        <source>Incidents per year, inside vs outside records</source>
        <translation>İllər üzrə formulyarların daxilində və kənarında insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="187"/>
        <source>No incidents</source>
        <translation>İnsident yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="207"/>
        <source>Hazard inside records (%)</source>
        <translation>Formulyarların daxilində təhlükə (%)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="326"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="244"/>
        <source>Unmapped hazard by type</source>
        <translation>Tip üzrə xəritələşdirilməmiş təhlükə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="244"/>
        <source>Hazard type</source>
        <translation>Təhlükə tipi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="244"/>
        <source>Unmapped (ha)</source>
        <translation>Xəritələşdirilməyib (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="244"/>
        <source>Where types overlap, the area counts for the type first in alphabetical order (CHA before SHA).</source>
        <translation>Tiplər üst-üstə düşəndə sahə əlifba sırası ilə birinci tipə aid edilir (CHA SHA-dan əvvəl).</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="266"/>
        <source>Parameter</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="266"/>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="266"/>
        <source>Features</source>
        <translation>Obyektlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="266"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="282"/>
        <source>Coverage of contamination by minefield records</source>
        <translation>Çirklənmənin mina sahəsi formulyarları ilə əhatəsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="282"/>
        <source> (SYNTHETIC demo data)</source>
        <translation> (SİNTETİK demo məlumatlar)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="289"/>
        <source>all dates</source>
        <translation>bütün tarixlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="290"/>
        <source>{0} to {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="298"/>
        <source>Inputs include SYNTHETIC demo data: hazards, records and incidents are not real.</source>
        <translation>Girişlərə SİNTETİK demo məlumatlar daxildir: təhlükəli ərazilər, formulyarlar və insidentlər real deyil.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="310"/>
        <source>Created {0} by Clearance Planner {1} (clearance:coverage). Incidents: {2}. Areas in hectares on the WGS 84 ellipsoid; overlay in {3}.</source>
        <translation>{0} tarixində Clearance Planner {1} tərəfindən yaradılıb (clearance:coverage). İnsidentlər: {2}. Sahələr WGS 84 ellipsoidində hektarla; üst-üstə qoyma {3} ilə.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="321"/>
        <source>Inputs</source>
        <translation>Girişlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="323"/>
        <source>Notes on the data</source>
        <translation>Məlumatlar haqqında qeydlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="90"/>
        <source>No invalid, empty or undated features.</source>
        <translation>Etibarsız, boş və ya tarixsiz obyekt yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="327"/>
        <source>Map: records vs unmapped hazard vs incidents</source>
        <translation>Xəritə: formulyarlar, xəritələşdirilməmiş təhlükə və insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="329"/>
        <source>minefield records</source>
        <translation>mina sahəsi formulyarları</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="331"/>
        <source>hazard outside every record</source>
        <translation>bütün formulyarlardan kənar təhlükə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="333"/>
        <source>incident inside a record</source>
        <translation>formulyarın daxilində insident</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="335"/>
        <source>incident outside every record</source>
        <translation>bütün formulyarlardan kənar insident</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="337"/>
        <source>Map of records, unmapped hazard and incidents</source>
        <translation>Formulyarların, xəritələşdirilməmiş təhlükənin və insidentlərin xəritəsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="127"/>
        <source>Figures per district</source>
        <translation>Rayonlar üzrə göstəricilər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="342"/>
        <source>Overlapping records and hazards are dissolved before measuring; features crossing a district boundary are split by it. The total row is measured on the whole area at once.</source>
        <translation>Üst-üstə düşən formulyarlar və təhlükəli ərazilər ölçmədən əvvəl birləşdirilir; rayon sərhədini keçən obyektlər onunla bölünür. Cəm sətri bütün ərazi üzrə birdəfəyə ölçülür.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="150"/>
        <source>Charts</source>
        <translation>Diaqramlar</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="349"/>
        <source>Hazard area mapped vs unmapped per district</source>
        <translation>Rayonlar üzrə xəritələşdirilmiş və xəritələşdirilməmiş təhlükəli sahə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="350"/>
        <source>Incidents inside vs outside records per district</source>
        <translation>Rayonlar üzrə formulyarların daxilində və kənarında insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="351"/>
        <source>Incidents per year inside vs outside records</source>
        <translation>İllər üzrə formulyarların daxilində və kənarında insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="44"/>
        <source>District
ha</source>
        <translation>Rayon
ha</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="45"/>
        <source>Records
ha</source>
        <translation>Formulyarlar
ha</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="46"/>
        <source>Hazard
ha</source>
        <translation>Təhlükə
ha</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="47"/>
        <source>Hazard in
records ha</source>
        <translation>Formulyarlarda
təhlükə ha</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="48"/>
        <source>Unmapped
hazard ha</source>
        <translation>Xəritəsiz
təhlükə ha</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="49"/>
        <source>Records w/o
hazard ha</source>
        <translation>Təhlükəsiz
formulyar ha</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="50"/>
        <source>Cleared
ha</source>
        <translation>Təmizlənib
ha</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="51"/>
        <source>District
contam. %</source>
        <translation>Rayon
çirkl. %</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="52"/>
        <source>Hazard
mapped %</source>
        <translation>Xəritəli
təhlükə %</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="53"/>
        <source>Inci-
dents</source>
        <translation>İnsi-
dentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="54"/>
        <source>Incidents
in records</source>
        <translation>Formulyarda
insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="55"/>
        <source>Incidents
outside %</source>
        <translation>Kənar
insidentlər %</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="56"/>
        <source>Casual-
ties</source>
        <translation>Zərər-
çəkənlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="63"/>
        <source>{0} &apos;{1}&apos; ({2} features)</source>
        <translation>{0} '{1}' ({2} obyekt)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="68"/>
        <source>Incidents: {0}. Areas in hectares on the WGS 84 ellipsoid; overlapping records and hazards dissolved per district before measuring.</source>
        <translation>İnsidentlər: {0}. Sahələr WGS 84 ellipsoidində hektarla; üst-üstə düşən formulyarlar və təhlükəli ərazilər ölçmədən əvvəl hər rayon üzrə birləşdirilib.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="73"/>
        <source>Inputs: {0}</source>
        <translation>Girişlər: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="180"/>
        <source>Legend</source>
        <translation>Şərti işarələr</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="98"/>
        <source>Notes on the data:</source>
        <translation>Məlumatlar haqqında qeydlər:</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="133"/>
        <source>Unmapped hazard by type: {0} (overlaps count for the type first in alphabetical order, CHA before SHA).</source>
        <translation>Tip üzrə xəritələşdirilməmiş təhlükə: {0} (üst-üstə düşmələr əlifba sırası ilə birinci tipə aid edilir, CHA SHA-dan əvvəl).</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="203"/>
        <source>PDF export to {0} failed (status {1}).</source>
        <translation>{0} faylına PDF ixracı alınmadı (status {1}).</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="50"/>
        <source> (SYNTHETIC)</source>
        <translation> (SİNTETİK)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="56"/>
        <source>Incidents outside records</source>
        <translation>Formulyarlardan kənar insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="65"/>
        <source>Incidents inside records</source>
        <translation>Formulyarların daxilində insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="80"/>
        <source>Unmapped hazard</source>
        <translation>Xəritələşdirilməmiş təhlükə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="26"/>
        <source>NTS (non-technical survey)</source>
        <translation>NTS (qeyri-texniki tədqiqat)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="27"/>
        <source>TS (technical survey)</source>
        <translation>TS (texniki tədqiqat)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="28"/>
        <source>clearance: manual</source>
        <translation>minatəmizləmə: əl ilə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="29"/>
        <source>clearance: mechanical</source>
        <translation>minatəmizləmə: mexaniki</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="30"/>
        <source>clearance: mdd</source>
        <translation>minatəmizləmə: minaaxtaran itlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="73"/>
        <source>no-work months</source>
        <translation>işsiz aylar</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="77"/>
        <source>target {0}</source>
        <translation>hədəf {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="91"/>
        <source>, {0} parcels not planned (no usable polygon)</source>
        <translation>, {0} sahə planlaşdırılmadı (yararlı poliqon yoxdur)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="92"/>
        <source>Work plan: {0} — {1} tasks, completion {2}{3}</source>
        <translation>İş planı: {0} — {1} tapşırıq, tamamlanma {2}{3}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="30"/>
        <source>5–95 % rank interval</source>
        <translation>5–95 % yer intervalı</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="38"/>
        <source>mean rank</source>
        <translation>orta yer</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="39"/>
        <source>rank with your weights</source>
        <translation>sizin çəkilərinizlə yer</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="40"/>
        <source>top {0}</source>
        <translation>ilk {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="42"/>
        <source>{0}  (P top {1} = {2:.0%})</source>
        <translation>{0}  (ilk {1}-də olma ehtimalı = {2:.0%})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="50"/>
        <source>rank (1 = most urgent)</source>
        <translation>yer (1 = ən təcili)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="53"/>
        <source>Weight sensitivity of the most urgent parcels</source>
        <translation>Ən təcili sahələrin çəkilərə həssaslığı</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="49"/>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="51"/>
        <source>default: {0}</source>
        <translation>susmaya görə: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="69"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="69"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="58"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="57"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="75"/>
        <source>Parameters</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="75"/>
        <source>Outputs</source>
        <translation>Nəticələr</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="93"/>
        <source>Clearance Planner {0}: Processing algorithms</source>
        <translation>Clearance Planner {0}: Processing alqoritmləri</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>criterion</source>
        <translation>meyar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>distance (m)</source>
        <translation>məsafə (m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>decay</source>
        <translation>azalma</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>score</source>
        <translation>bal</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>weight</source>
        <translation>çəki</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="191"/>
        <source>points</source>
        <translation>xal</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="21"/>
        <source>settlements</source>
        <translation>yaşayış məntəqələri</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="21"/>
        <source>cemeteries</source>
        <translation>qəbiristanlıqlar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="21"/>
        <source>infrastructure</source>
        <translation>infrastruktur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="21"/>
        <source>incidents</source>
        <translation>insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="51"/>
        <source>Maps an IMSMA export onto the plugin&apos;s schema, so every other algorithm takes it as it is. INPUT: a hazard (land), activity (hazard reduction), accident or victim export of IMSMA NG (v6) or IMSMA Core: a GeoPackage, shapefile or file geodatabase layer, or a CSV file with a WKT column or latitude/longitude columns (WGS 84 unless the mapping says otherwise). KIND says which. NG or Core is detected from the field names.

A hazard becomes hazard_id, hazard_type (Indication, SHA, CHA, Ammunition storage, EOD spot task), status (Open, Worked on, Closed, Handed over), district, estimated_area_m2, remaining_area_m2, area_m2 (remaining, else estimated, else the polygon&apos;s area), device_category (AP, AT, ERW, IED, mixed), evidence, access_secure, land_disputed, method and source; an accident becomes incident_id, incident_date, incident_type (mine, erw, demining), device_category, killed, injured and casualties; see docs/imsma.md for every field. Values are matched in any case and spacing, with synonyms in several languages.

MAPPING (optional): a JSON file over the shipped defaults (field names, synonyms; format in docs/imsma.md). Nothing is dropped: every feature is written (null and invalid geometries kept, invalid ones repaired, the state in geometry_state), every original field is kept (renamed with the mapping&apos;s prefix when its name is a target&apos;s), and a value that is not in a vocabulary or a number that does not parse (&quot;n/a&quot;, &quot;1 234,5&quot;) is NULL with the raw text in the original field and in import_notes. REPORT (HTML, or CSV by extension) lists every source field, every value seen per enumerated field and what it became, every unmapped value, parse failure, duplicate id and geometry repair.</source>
        <translation>IMSMA ixracını plaginin sxeminə uyğunlaşdırır ki, qalan bütün alqoritmlər onu olduğu kimi qəbul etsin. INPUT: IMSMA NG (v6) və ya IMSMA Core-un təhlükə (torpaq), fəaliyyət (təhlükənin azaldılması), bədbəxt hadisə və ya zərərçəkən ixracı: GeoPackage, shapefile və ya fayl geoverilənlər bazası layı, yaxud WKT sütunu və ya en/uzunluq sütunları olan CSV faylı (xəritələmə başqa cür demirsə, WGS 84). Hansı olduğunu KIND deyir. NG və ya Core sahə adlarından müəyyən edilir.

Təhlükə hazard_id, hazard_type (Indication, SHA, CHA, Ammunition storage, EOD spot task), status (Open, Worked on, Closed, Handed over), district, estimated_area_m2, remaining_area_m2, area_m2 (qalan, yoxdursa təxmini, yoxdursa poliqonun sahəsi), device_category (AP, AT, ERW, IED, mixed), evidence, access_secure, land_disputed, method və source olur; bədbəxt hadisə incident_id, incident_date, incident_type (mine, erw, demining), device_category, killed, injured və casualties olur; hər sahə üçün docs/imsma.md-yə baxın. Dəyərlər istənilən hərf registri və boşluqlarla, bir neçə dildə sinonimlərlə uyğunlaşdırılır.

MAPPING (isteğe bağlı): plaginlə gələn susmaya görə dəyərlər üzərində JSON faylı (sahə adları, sinonimlər; format docs/imsma.md-də). Heç nə atılmır: hər obyekt yazılır (null və etibarsız həndəsələr saxlanılır, etibarsızlar təmir edilir, vəziyyət geometry_state-də), hər ilkin sahə saxlanılır (adı hədəf adı ilə üst-üstə düşəndə xəritələmənin prefiksi ilə adı dəyişdirilir), lüğətdə olmayan dəyər və ya oxunmayan ədəd (&quot;n/a&quot;, &quot;1 234,5&quot;) NULL olur, xam mətn ilkin sahədə və import_notes-da qalır. REPORT (HTML, və ya genişlənməyə görə CSV) hər mənbə sahəsini, hər sadalanan sahə üzrə görülən hər dəyəri və nəyə çevrildiyini, hər xəritələnməmiş dəyəri, oxuma xətasını, təkrarlanan id-ni və həndəsə təmirini sadalayır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="81"/>
        <source>Import IMSMA export</source>
        <translation>IMSMA ixracını idxal et</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="82"/>
        <source>Programme data</source>
        <translation>Proqram məlumatları</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="268"/>
        <source>Features written</source>
        <translation>Yazılmış obyektlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Target fields found in the export</source>
        <translation>İxracda tapılan hədəf sahələri</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Source fields kept unmapped</source>
        <translation>Xəritələnmədən saxlanılan mənbə sahələri</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Values not in a vocabulary</source>
        <translation>Lüğətdə olmayan dəyərlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Numbers and dates that did not parse</source>
        <translation>Oxunmayan ədədlər və tarixlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Ids held by more than one feature</source>
        <translation>Birdən çox obyektdə olan id-lər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="271"/>
        <source>Geometries repaired</source>
        <translation>Təmir edilmiş həndəsələr</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="273"/>
        <source>Features without geometry</source>
        <translation>Həndəsəsiz obyektlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="111"/>
        <source>IMSMA export</source>
        <translation>IMSMA ixracı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="116"/>
        <source>What the export holds</source>
        <translation>İxracda nə var</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="125"/>
        <source>Mapping file (JSON, over the shipped defaults)</source>
        <translation>Xəritələmə faylı (JSON, susmaya görə dəyərlər üzərində)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="133"/>
        <source>Imported layer</source>
        <translation>İdxal edilmiş lay</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="138"/>
        <source>Mapping report</source>
        <translation>Xəritələmə hesabatı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="138"/>
        <source>HTML files (*.html);;CSV files (*.csv)</source>
        <translation>HTML faylları (*.html);;CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="145"/>
        <source>IMSMA generation detected</source>
        <translation>Müəyyən edilmiş IMSMA nəsli</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="155"/>
        <source>KIND &apos;{0}&apos; is not one of {1}.</source>
        <translation>KIND '{0}' bunlardan biri deyil: {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="176"/>
        <source>OUTPUT is a shapefile: field names are cut to 10 characters (hazard_type becomes hazard_typ), so other algorithms will not find them by name; write a GeoPackage instead.</source>
        <translation>OUTPUT shapefile-dır: sahə adları 10 simvola qədər kəsilir (hazard_type hazard_typ olur), buna görə digər alqoritmlər onları adla tapmayacaq; əvəzinə GeoPackage yazın.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="183"/>
        <source>{0} features of an IMSMA {1} {2} export written; report: {3}</source>
        <translation>IMSMA {1} {2} ixracının {0} obyekti yazıldı; hesabat: {3}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="206"/>
        <source>IMSMA {0} export ({1})</source>
        <translation>IMSMA {0} ixracı ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="206"/>
        <source>Imported from &apos;{0}&apos; by Clearance Planner; mapping report: {1}</source>
        <translation>Clearance Planner tərəfindən '{0}'-dən idxal edilib; xəritələmə hesabatı: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="221"/>
        <source>Mapping file &apos;{0}&apos;, key &apos;{1}&apos;: {2} (MAPPING).</source>
        <translation>Xəritələmə faylı '{0}', açar '{1}': {2} (MAPPING).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="247"/>
        <source>IMSMA import: {0} ({1} {2})</source>
        <translation>IMSMA idxalı: {0} ({1} {2})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="259"/>
        <source>the field names of each candidate</source>
        <translation>hər namizədin sahə adları</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="261"/>
        <source>Input</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="262"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="263"/>
        <source>IMSMA generation</source>
        <translation>IMSMA nəsli</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="264"/>
        <source>Mapping</source>
        <translation>Xəritələmə</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="264"/>
        <source>shipped defaults</source>
        <translation>plaginlə gələn susmaya görə dəyərlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="265"/>
        <source>Geometry</source>
        <translation>Həndəsə</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="267"/>
        <source>Rows read</source>
        <translation>Oxunmuş sətirlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="269"/>
        <source>Unmapped values</source>
        <translation>Xəritələnməmiş dəyərlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="270"/>
        <source>Parse failures</source>
        <translation>Oxuma xətaları</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="272"/>
        <source>Geometries kept as they came</source>
        <translation>Gəldiyi kimi saxlanılan həndəsələr</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="296"/>
        <source>{0} without geometry</source>
        <translation>{0} həndəsəsiz</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="297"/>
        <source>{0} repaired</source>
        <translation>{0} təmir edilib</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="298"/>
        <source>{0} kept as they came (not repairable)</source>
        <translation>{0} gəldiyi kimi saxlanılıb (təmir edilə bilməz)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="301"/>
        <source>Layer &apos;{0}&apos;: every feature written; geometries: {1} (listed in {2}).</source>
        <translation>'{0}' layı: hər obyekt yazıldı; həndəsələr: {1} ({2}-də sadalanıb).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/imsma_action.py" line="19"/>
        <source>Import IMSMA export…</source>
        <translation>IMSMA ixracını idxal et…</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="123"/>
        <source>layer geometry</source>
        <translation>lay həndəsəsi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="123"/>
        <source>none (a table)</source>
        <translation>yoxdur (cədvəl)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="155"/>
        <source>WKT column &apos;{0}&apos;</source>
        <translation>WKT sütunu '{0}'</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="159"/>
        <source>latitude/longitude columns &apos;{0}&apos;, &apos;{1}&apos;</source>
        <translation>en/uzunluq sütunları '{0}', '{1}'</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="165"/>
        <source>none (no WKT or latitude/longitude column)</source>
        <translation>yoxdur (WKT və ya en/uzunluq sütunu yoxdur)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="188"/>
        <source>{0} from {1} vertex rows (order &apos;{2}&apos;, latitude/longitude &apos;{3}&apos;, &apos;{4}&apos;{5}, grouped by &apos;{6}&apos;)</source>
        <translation>{1} təpə sətrindən {0} (sıra '{2}', en/uzunluq '{3}', '{4}'{5}, '{6}' üzrə qruplaşdırılıb)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="191"/>
        <source>polygons</source>
        <translation>poliqonlar</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="191"/>
        <source>, parts &apos;{0}&apos;</source>
        <translation>, hissələr '{0}'</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="191"/>
        <source>nothing: one feature per row</source>
        <translation>heç nə: hər sətrə bir obyekt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="239"/>
        <source>unreadable WKT {0!r}</source>
        <translation>oxunmayan WKT {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="249"/>
        <source>latitude/longitude {0!r}, {1!r} not a coordinate pair</source>
        <translation>en/uzunluq {0!r}, {1!r} koordinat cütü deyil</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="254"/>
        <source>latitude/longitude {0}, {1} out of range</source>
        <translation>en/uzunluq {0}, {1} hüdudlardan kənardadır</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="279"/>
        <source>null or empty geometry</source>
        <translation>null və ya boş həndəsə</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="285"/>
        <source>a {0} in a layer of {1}: written without geometry</source>
        <translation>{1} layında {0}: həndəsəsiz yazıldı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="304"/>
        <source>invalid; repaired with GEOS makeValid</source>
        <translation>etibarsız; GEOS makeValid ilə təmir edildi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="47"/>
        <source>Source fields</source>
        <translation>Mənbə sahələri</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Source field</source>
        <translation>Mənbə sahəsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="47"/>
        <source>Kept as</source>
        <translation>Necə saxlanılıb</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="77"/>
        <source>Mapped to</source>
        <translation>Nəyə xəritələnib</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="58"/>
        <source>Target fields</source>
        <translation>Hədəf sahələri</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Target</source>
        <translation>Hədəf</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="58"/>
        <source>From source field</source>
        <translation>Mənbə sahəsindən</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="58"/>
        <source>Filled by rules</source>
        <translation>Qaydalarla doldurulub</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="77"/>
        <source>Values of enumerated fields</source>
        <translation>Sadalanan sahələrin dəyərləri</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="77"/>
        <source>Value seen</source>
        <translation>Görülən dəyər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Count</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="98"/>
        <source>Unmapped values (written as NULL; add them to the mapping file)</source>
        <translation>Xəritələnməmiş dəyərlər (NULL kimi yazılıb; onları xəritələmə faylına əlavə edin)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="143"/>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Numbers and dates that did not parse (written as NULL; raw text kept in the source field)</source>
        <translation>Oxunmayan ədədlər və tarixlər (NULL kimi yazılıb; xam mətn mənbə sahəsində saxlanılıb)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Raw text</source>
        <translation>Xam mətn</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="131"/>
        <source>Duplicate ids</source>
        <translation>Təkrarlanan id-lər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="131"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="131"/>
        <source>Rows</source>
        <translation>Sətirlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="137"/>
        <source>Geometries not as they came</source>
        <translation>Gəldiyi kimi olmayan həndəsələr</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="137"/>
        <source>Feature</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="137"/>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="137"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="143"/>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="143"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="174"/>
        <source>None.</source>
        <translation>Yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="133"/>
        <source>Spreadsheet (XLSX) of {0}, with a README sheet (optional)</source>
        <translation>Cədvəl (XLSX): {0}, README vərəqi ilə (könüllü)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="133"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="151"/>
        <source>XLSX: &apos;{0}&apos; must end in .xlsx (an Excel workbook).</source>
        <translation>XLSX: '{0}' .xlsx ilə bitməlidir (Excel kitabı).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="295"/>
        <source>the district table</source>
        <translation>rayon cədvəli</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="51"/>
        <source>Writes a work plan (or any polygon layer) for field teams into FOLDER:

- NAME.gpkg: INPUT plus the optional HAZARDS and SETTLEMENTS layers, each with its current QGIS style embedded (layer_styles), so they open styled; a clearance_runs table records the run;
- NAME.kml and NAME.kmz: one placemark per feature with coordinates, name = ID_FIELD, description = method, team, dates, area; polygons in WGS 84;
- NAME.gpx: a waypoint per turning point (exterior-ring vertex), named ID-TPn, with its UTM coordinates;
- NAME.csv: one row per feature, with or without geometry, with turning points in WGS 84 (lat lon) and UTM (easting northing), outside_zone and a coordinate_note saying why a row has no coordinates; text cells starting with = + - @ are escaped;
- NAME_atlas.pdf, the field pack: one A4 page per feature with coordinates: map with neighbours and context layers, UTM grid, scale bar, north arrow, a locator map of the whole export, a legend, the original hazard id (parent_id or hazard_id), the land-release step, the benchmark (a benchmark field, when the layer has one) and the reference point (TP1), the feature's attributes and its turning-point table: each exterior-ring vertex in UTM (0.1 m), decimal degrees (0.000001°), degrees-minutes-seconds (0.01&quot;) and MGRS (1 m, truncated), continued on further pages with its header repeated when it does not fit. PAGES counts the PDF's pages.

One UTM zone serves the whole export (CSV, GPX, KML and atlas grid): UTM_ZONE (e.g. 38N), or by default the zone of the centre of the plan's extent in WGS 84. Tasks beyond that zone's valid range (its 6° of longitude and hemisphere) keep coordinates in it and are flagged outside_zone. Features with no usable geometry (null, empty, no area, NaN, not transformable) are named in a warning and kept in the CSV without coordinates.

NAME is the input layer's name. The folder is written beside the target and renamed at the end: a failed or cancelled export leaves nothing, and an existing non-empty folder is only replaced when OVERWRITE is set.</source>
        <translation>İş planını (və ya istənilən poliqon layını) çöl qrupları üçün FOLDER qovluğuna yazır:

- NAME.gpkg: INPUT və isteğe bağlı HAZARDS və SETTLEMENTS layları, hər biri cari QGIS üslubu daxil edilmiş şəkildə (layer_styles), beləliklə üslubla açılır; clearance_runs cədvəli icranı qeyd edir;
- NAME.kml və NAME.kmz: koordinatları olan hər obyekt üçün bir placemark, name = ID_FIELD, description = üsul, qrup, tarixlər, sahə; poliqonlar WGS 84-də;
- NAME.gpx: hər dönmə nöqtəsi (xarici halqanın təpəsi) üçün ID-TPn adlı bir yol nöqtəsi, UTM koordinatları ilə;
- NAME.csv: həndəsəli və ya həndəsəsiz hər obyekt üçün bir sətir, dönmə nöqtələri WGS 84-də (lat lon) və UTM-də (easting northing), outside_zone və sətrin niyə koordinatsız olduğunu izah edən coordinate_note; = + - @ ilə başlayan mətn xanaları ekranlaşdırılır;
- NAME_atlas.pdf, sahə paketi: koordinatları olan hər obyekt üçün bir A4 səhifə: qonşular və kontekst layları ilə xəritə, UTM şəbəkəsi, miqyas xətti, şimal oxu, bütün ixracın ümumi xəritəsi, legenda, təhlükəli ərazinin ilkin ID-si (parent_id və ya hazard_id), torpağın azad edilməsi mərhələsi, reper (layda benchmark sahəsi varsa) və istinad nöqtəsi (TP1), obyektin atributları və dönüş nöqtələri cədvəli: xarici konturun hər təpəsi UTM-də (0,1 m), onluq dərəcələrdə (0,000001°), dərəcə-dəqiqə-saniyədə (0,01&quot;) və MGRS-də (1 m, kəsilmiş), sığmadıqda başlığı təkrarlanaraq növbəti səhifələrdə davam edir. PAGES PDF-in səhifə sayıdır.

Bütün ixrac (CSV, GPX, KML və atlas şəbəkəsi) üçün bir UTM zonası istifadə olunur: UTM_ZONE (məs. 38N) və ya susmaya görə planın WGS 84-dəki ekstentinin mərkəzinin zonası. Həmin zonanın etibarlı hüdudlarından (6° uzunluq və yarımkürə) kənar tapşırıqlar koordinatları onda saxlayır və outside_zone ilə işarələnir. Yararlı həndəsəsi olmayan obyektlər (null, boş, sahəsiz, NaN, çevrilə bilməyən) xəbərdarlıqda adlandırılır və CSV-də koordinatsız saxlanılır.

NAME giriş layının adıdır. Qovluq hədəfin yanında yazılır və sonda adı dəyişdirilir: uğursuz və ya ləğv edilmiş ixrac heç nə qoymur, mövcud boş olmayan qovluq isə yalnız OVERWRITE təyin olunduqda əvəz edilir.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="167"/>
        <source>Atlas pages (PDF pages, continuation pages included)</source>
        <translation>Atlas səhifələri (PDF səhifələri, davam səhifələri daxil)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="144"/>
        <source>the ranking</source>
        <translation>sıralama</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="386"/>
        <source>the tasks and the summary</source>
        <translation>tapşırıqlar və xülasə</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/xlsx.py" line="134"/>
        <source>GDAL has no XLSX driver: the spreadsheet cannot be written.</source>
        <translation>GDAL-da XLSX drayveri yoxdur: cədvəl yazıla bilməz.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/xlsx.py" line="145"/>
        <source>Spreadsheet &apos;{0}&apos; cannot be created: {1}</source>
        <translation>'{0}' cədvəli yaradıla bilməz: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="427"/>
        <source>Atlas page</source>
        <translation>Atlas səhifəsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="435"/>
        <source>Locator: all tasks of the export</source>
        <translation>Ümumi xəritə: ixracın bütün tapşırıqları</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="492"/>
        <source>Task facts</source>
        <translation>Tapşırıq məlumatları</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="502"/>
        <source>not recorded</source>
        <translation>qeyd edilməyib</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>Original hazard id</source>
        <translation>Təhlükəli ərazinin ilkin ID-si</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>Land-release step</source>
        <translation>Torpağın azad edilməsi mərhələsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>Benchmark</source>
        <translation>Reper</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>not recorded; start from the reference point</source>
        <translation>qeyd edilməyib; istinad nöqtəsindən başlayın</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>Reference point</source>
        <translation>İstinad nöqtəsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="530"/>
        <source>TP1 {0} ({1} E, {2} N; {3})</source>
        <translation>TP1 {0} ({1} E, {2} N; {3})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="548"/>
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="639"/>
        <source>Turning points of [% {0} %] (continued)</source>
        <translation>[% {0} %] dönüş nöqtələri (davamı)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="55"/>
        <source>One row (a point at the problem) per geometry problem of any layer: invalid geometry (with GEOS&apos;s reason; null or empty geometries and NaN or infinite coordinates are invalid rows too), fewer than three distinct vertices (two for lines), duplicate geometries, duplicate ids in ID_FIELD (also ids differing only by spaces or case), consecutive vertices further apart than MAX_GAP_M, polygons smaller than MIN_AREA_M2 (slivers) and features outside the bounds of the layer&apos;s CRS. Distances and areas are measured in the layer&apos;s CRS if it is projected in metres, else in the UTM zone of its extent. ID_FIELD (optional) must name a field of the layer; empty = the id field guessed as in every algorithm (unique, non-empty ids), which names the rows in id_value.

REPAIRED (optional) receives every input feature, 2D (curves segmentised): valid geometries as they are, invalid ones repaired with GEOS makeValid (repaired true). A feature that cannot be repaired into the layer&apos;s geometry type (a lone spike, a zero-area or 2-point ring) keeps its original rings so its place is not lost, with repaired false and the reason in repair_note; null and empty geometries and geometries with NaN or infinite coordinates are written without geometry, with the reason. The input is never modified; a cancelled run writes neither output.</source>
        <translation>İstənilən layın hər həndəsə problemi üçün bir sətir (problemin yerində nöqtə): etibarsız həndəsə (GEOS-un səbəbi ilə; null və ya boş həndəsələr, NaN və ya sonsuz koordinatlar da etibarsız sətirlərdir), üçdən az fərqli təpə (xətlər üçün iki), təkrarlanan həndəsələr, ID_FIELD-də təkrarlanan id-lər (yalnız boşluq və ya hərf registri ilə fərqlənən id-lər də), bir-birindən MAX_GAP_M-dən uzaq ardıcıl təpələr, MIN_AREA_M2-dən kiçik poliqonlar (sliverlər) və layın CRS sərhədlərindən kənar obyektlər. Məsafələr və sahələr layın CRS-i metrlərlə proyeksiyalıdırsa onda, əks halda onun ekstentinin UTM zonasında ölçülür. ID_FIELD (isteğe bağlı) layın sahəsinin adı olmalıdır; boş = bütün alqoritmlərdəki kimi təxmin edilən id sahəsi (unikal, boş olmayan id-lər), id_value-də sətirləri adlandırır.

REPAIRED (isteğe bağlı) hər giriş obyektini 2D olaraq alır (əyrilər seqmentlərə bölünür): etibarlı həndəsələr olduğu kimi, etibarsızlar GEOS makeValid ilə təmir edilmiş şəkildə (repaired true). Layın həndəsə tipinə təmir edilə bilməyən obyekt (tək sünbül, sıfır sahəli və ya 2 nöqtəli halqa) yeri itməsin deyə ilkin halqalarını saxlayır, repaired false və səbəbi repair_note-da olur; null və boş həndəsələr, NaN və ya sonsuz koordinatlı həndəsələr səbəbi ilə birlikdə həndəsəsiz yazılır. Giriş heç vaxt dəyişdirilmir; ləğv edilmiş icra heç bir nəticə yazmır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="77"/>
        <source>Measures, district by district, how much of the suspected and confirmed hazard area (SHA/CHA) and how many incidents fall inside the mapped minefield records.

Every polygon layer is dissolved per district before measuring, so overlapping records or hazards are never counted twice; features straddling a district boundary are split by it. Areas are hectares on the WGS 84 ellipsoid. Anything outside every district goes in an &quot;Outside districts&quot; row; the last row (no geometry) is the total for the whole area.

Incidents on a district boundary count in the first such district (layer order); incidents on a record's edge count as inside the record. Incidents with an empty or unparsable date are kept (and counted in the log and report), also when DATE_FROM/DATE_TO filter the others.

Outputs: OUTPUT (one row per district), GAPS (hazard area outside every record, per district and hazard type; where types overlap the area goes to the type first in alphabetical order, so CHA before SHA), REPORT (self-contained HTML: map, table, charts) and optionally REPORT_PDF (QGIS print layout).

ID_FIELD (optional, of HAZARDS) names hazards in warnings: empty = guessed (hazard_localid, localid, hazard_id, id… unique and non-empty), else the feature id.</source>
        <translation>Rayonlar üzrə şübhəli və təsdiqlənmiş təhlükəli ərazinin (ŞTƏ/TTƏ, SHA/CHA) nə qədərinin və insidentlərin neçəsinin xəritələşdirilmiş mina sahəsi formulyarlarının daxilinə düşdüyünü ölçür.

Hər poliqon layı ölçmədən əvvəl rayonlar üzrə birləşdirilir, buna görə üst-üstə düşən formulyarlar və ya təhlükəli ərazilər heç vaxt iki dəfə sayılmır; rayon sərhədini keçən obyektlər onunla bölünür. Sahələr WGS 84 ellipsoidində hektarla verilir. Bütün rayonlardan kənarda qalanlar &quot;Outside districts&quot; sətrinə düşür; son sətir (həndəsəsiz) bütün ərazi üzrə cəmdir.

Rayon sərhədindəki insidentlər belə ilk rayonda sayılır (lay sırası ilə); formulyarın kənarındakı insidentlər formulyarın daxilində sayılır. Tarixi boş və ya oxunmayan insidentlər saxlanılır (jurnalda və hesabatda sayılır), DATE_FROM/DATE_TO digərlərini süzgəcdən keçirəndə də.

Nəticələr: OUTPUT (hər rayona bir sətir), GAPS (hər rayon və təhlükə tipi üzrə bütün formulyarlardan kənar təhlükəli ərazi; tiplər üst-üstə düşəndə sahə əlifba sırası ilə birinci tipə aid edilir, yəni CHA SHA-dan əvvəl), REPORT (müstəqil HTML: xəritə, cədvəl, diaqramlar) və isteğe bağlı REPORT_PDF (QGIS çap maketi).

ID_FIELD (isteğe bağlı, HAZARDS sahəsi) xəbərdarlıqlarda təhlükəli əraziləri adlandırır: boş = təxmin edilir (hazard_localid, localid, hazard_id, id… unikal və boş olmayan), əks halda obyektin id-si.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="58"/>
        <source>Scores polygons (hazard areas SHA/CHA, cadastral parcels or grid cells) by their shortest distance to the nearest settlement, cemetery, planned infrastructure and incident.

Per criterion: a weight (&gt;= 0, normalised to sum 1 over the layers given), a decay (linear: score 1 at distance 0 falling to 0 at DISTANCE; exponential and gaussian: score 0.5 at DISTANCE; step: 1 up to DISTANCE, else 0) and DISTANCE in metres.

Distances are exact (0 when touching or overlapping), computed in the parcels' CRS if it is projected, else in the WGS 84 / UTM zone of their extent centre.

Output: every input feature with dist_NAME_m, score_NAME (0-1) per criterion, priority_score (0-100), priority_rank (1 = most urgent), priority_class (High/Medium/Low by score terciles or CLASS_THRESHOLDS &quot;high,medium&quot;; &quot;Gated&quot; for parcels failing GATE_EXPRESSION, ranked after all others; &quot;Unknown&quot; for null geometries) and main_driver.

WEIGHTS_AHP (optional) replaces the direct weights by AHP weights: a pairwise-comparison matrix on the Saaty 1-9 scale, rows separated by &quot;;&quot; and values by &quot;,&quot;, in the order of the criterion layers given (settlements, cemeteries, infrastructure, incidents; skip those not given), e.g. &quot;1,3,5;1/3,1,3;1/5,1/3,1&quot;. The weights are the principal eigenvector; the consistency ratio is reported (output AHP_CR) with a warning when CR &gt; 0.10.

Optional SURFACE_STATS: a raster (e.g. from clearance:surface); adds surface_mean and surface_max of band 1 over the cells whose centre lies in each parcel (the cell under the parcel's bounding-box centre for parcels smaller than a cell; nodata ignored).

ID_FIELD (optional) names the parcels: empty = guessed (hazard_localid, localid, hazard_id, record_id, id, fid… the first field whose values are unique and non-empty, ignoring spaces and case), else the feature id, written as source_fid. A chosen field with repeated or empty ids is a warning naming them; every parcel is kept.

WRITE_BACK (optional table, CSV or GeoPackage): one row per parcel keyed on the id field (its values exactly as in the input, e.g. the IMSMA hazard_localid) with priority_score, priority_rank, priority_class, main_driver, run_id and run_date, to join the ranking back into the national database.</source>
        <translation>Poliqonları (təhlükəli ərazilər ŞTƏ/TTƏ, kadastr sahələri və ya şəbəkə xanaları) ən yaxın yaşayış məntəqəsinə, qəbiristanlığa, planlaşdırılan infrastruktura və insidentə qədər ən qısa məsafəyə görə qiymətləndirir.

Hər meyar üçün: çəki (&gt;= 0, verilmiş laylar üzrə cəmi 1 olmaqla normallaşdırılır), azalma (linear: 0 məsafədə bal 1, DISTANCE-də 0-a enir; exponential və gaussian: DISTANCE-də bal 0.5; step: DISTANCE-ə qədər 1, sonra 0) və metrlə DISTANCE.

Məsafələr dəqiqdir (toxunanda və ya üst-üstə düşəndə 0), sahələrin CRS-i proyeksiyalıdırsa onda, əks halda onların ekstent mərkəzinin WGS 84 / UTM zonasında hesablanır.

Nəticə: hər giriş obyekti hər meyar üçün dist_NAME_m, score_NAME (0-1), priority_score (0-100), priority_rank (1 = ən təcili), priority_class (bal tertilləri və ya CLASS_THRESHOLDS &quot;high,medium&quot; üzrə High/Medium/Low; GATE_EXPRESSION-dan keçməyən sahələr üçün &quot;Gated&quot;, qalanların hamısından sonra sıralanır; null həndəsələr üçün &quot;Unknown&quot;) və main_driver ilə.

WEIGHTS_AHP (isteğe bağlı) birbaşa çəkiləri AHP çəkiləri ilə əvəz edir: Saaty 1-9 şkalasında cüt-cüt müqayisə matrisi, sətirlər &quot;;&quot; ilə, dəyərlər &quot;,&quot; ilə ayrılır, verilmiş meyar laylarının sırası ilə (settlements, cemeteries, infrastructure, incidents; verilməyənləri buraxın), məs. &quot;1,3,5;1/3,1,3;1/5,1/3,1&quot;. Çəkilər əsas məxsusi vektordur; uyğunluq nisbəti bildirilir (AHP_CR nəticəsi), CR &gt; 0.10 olduqda xəbərdarlıqla.

İsteğe bağlı SURFACE_STATS: raster (məs. clearance:surface-dən); hər sahədə mərkəzi həmin sahədə olan xanalar üzrə 1-ci zolağın surface_mean və surface_max dəyərlərini əlavə edir (xanadan kiçik sahələr üçün sahənin əhatə düzbucaqlısının mərkəzi altındakı xana; nodata nəzərə alınmır).

ID_FIELD (isteğe bağlı) sahələri adlandırır: boş = təxmin edilir (hazard_localid, localid, hazard_id, record_id, id, fid… boşluq və hərf registri nəzərə alınmadan dəyərləri unikal və boş olmayan ilk sahə), əks halda source_fid kimi yazılan obyekt id-si. Seçilmiş sahədə təkrarlanan və ya boş id-lər dəyərləri ilə xəbərdarlıq verir; bütün sahələr saxlanılır.

WRITE_BACK (isteğe bağlı cədvəl, CSV və ya GeoPackage): hər sahə üçün id sahəsinə görə açarlı bir sətir (dəyərlər girişdəki kimi, məs. IMSMA hazard_localid) və priority_score, priority_rank, priority_class, main_driver, run_id, run_date sahələri — sıralamanı milli verilənlər bazasına birləşdirmək üçün.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="135"/>
        <source>Write-back table (priority by id, CSV or GeoPackage)</source>
        <translation>Geri yazma cədvəli (id üzrə prioritet, CSV və ya GeoPackage)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="59"/>
        <source>Compares digitised minefield records with what was later found.

Per record: record_area_ha, confirmed_area_ha (area also covered by CONFIRMED polygons — confirmed hazards (CHA) or land cleared with finds; overlaps counted once; optionally filtered by CONFIRMED_EXPRESSION), confirmed_share (0-1), incidents_inside and nearest_incident_outside_m (distance from the record's boundary to the nearest incident that lies outside it; empty when there is no such incident).

DISTRICT_SUMMARY has one row per value of DISTRICT_FIELD and a row ALL: records, areas, area_reliability (confirmed area / record area, overlapping records counted each), records_accurate (confirmed_share &gt;= ACCURATE_SHARE), record_reliability (their share) and incidents_inside. Areas and distances in the records' CRS if projected, else UTM.

Invalid geometries are repaired (makeValid). A record without usable geometry (null, empty, no area, NaN coordinates) is kept with NULL results; such records, confirmed polygons and incidents are named in a warning (the latter two are not counted). CONFIRMED_EXPRESSION must only use fields of CONFIRMED.

ID_FIELD (optional) names the records in warnings: empty = guessed (record_id, localid, id… unique and non-empty), else the feature id, then written as source_fid.</source>
        <translation>Rəqəmsallaşdırılmış mina sahəsi formulyarlarını sonradan tapılanlarla müqayisə edir.

Hər formulyar üçün: record_area_ha, confirmed_area_ha (CONFIRMED poliqonları ilə də örtülən sahə — təsdiqlənmiş təhlükəli ərazilər (TTƏ) və ya tapıntılarla təmizlənmiş torpaq; üst-üstə düşmələr bir dəfə sayılır; isteğe bağlı CONFIRMED_EXPRESSION ilə süzgəcdən keçirilir), confirmed_share (0-1), incidents_inside və nearest_incident_outside_m (formulyarın sərhədindən ondan kənarda olan ən yaxın insidentə qədər məsafə; belə insident yoxdursa boş).

DISTRICT_SUMMARY-də DISTRICT_FIELD-in hər dəyəri üçün bir sətir və ALL sətri var: formulyarlar, sahələr, area_reliability (təsdiqlənmiş sahə / formulyar sahəsi, üst-üstə düşən formulyarların hər biri sayılır), records_accurate (confirmed_share &gt;= ACCURATE_SHARE), record_reliability (onların payı) və incidents_inside. Sahələr və məsafələr formulyarların CRS-i proyeksiyalıdırsa onda, əks halda UTM-də.

Etibarsız həndəsələr təmir edilir (makeValid). Yararlı həndəsəsi olmayan formulyar (null, boş, sahəsiz, NaN koordinatlar) NULL nəticələrlə saxlanılır; belə formulyarlar, təsdiqlənmiş poliqonlar və insidentlər xəbərdarlıqda adlandırılır (son ikisi sayılmır). CONFIRMED_EXPRESSION yalnız CONFIRMED sahələrindən istifadə etməlidir.

ID_FIELD (isteğe bağlı) xəbərdarlıqlarda formulyarları adlandırır: boş = təxmin edilir (record_id, localid, id… unikal və boş olmayan), əks halda obyektin id-si, o zaman source_fid kimi yazılır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="68"/>
        <source>Digitises minefield records handed over as tables: one row per leg with record_id, seq, bearing, distance and, once per record, a reference point as ref_x/ref_y in REF_CRS (decimal or degrees-minutes-seconds text in a geographic CRS; an MGRS reference in ref_x with ref_y empty) or as a landmark name looked up in LANDMARKS. Optional leg_type &quot;approach&quot; marks leading legs from the reference point to the first turning point.

Bearings: true = magnetic + DECLINATION (degrees, east positive); grid = true − grid convergence of the UTM zone at the reference point. Legs are laid out on the UTM plane of the reference point. closure_error_m is the distance from the last point back to the first turning point; status: ok, not closed (closure error above CLOSURE_TOLERANCE_M), self-intersecting, missing legs (seq gap or too few legs) or error (bad rows: see ERRORS, which lists every bad row by its 1-based row number). Other table columns are copied to the record. TURNING_POINTS gives every point in WGS 84 and UTM for field verification.

ID_FIELD (optional) names the column holding the record id (default record_id; a record_id column it replaces is kept as source_record_id). Record ids are compared without surrounding spaces; ids differing only by case or inner spaces are digitised as separate records with a warning naming them.</source>
        <translation>Cədvəl şəklində təhvil verilmiş mina sahəsi formulyarlarını rəqəmsallaşdırır: hər ayaq üçün record_id, seq, bearing, distance olan bir sətir və hər formulyar üçün bir dəfə istinad nöqtəsi — REF_CRS-də ref_x/ref_y kimi (coğrafi CRS-də onluq və ya dərəcə-dəqiqə-saniyə mətni; MGRS istinadı ref_x-də, ref_y boş) və ya LANDMARKS-da axtarılan oriyentir adı kimi. İsteğe bağlı leg_type &quot;approach&quot; istinad nöqtəsindən birinci dönmə nöqtəsinə aparan ayaqları işarələyir.

Azimutlar: həqiqi = maqnit + DECLINATION (dərəcə, şərq müsbət); şəbəkə = həqiqi − istinad nöqtəsində UTM zonasının meridianlar yaxınlaşması. Ayaqlar istinad nöqtəsinin UTM müstəvisində qurulur. closure_error_m son nöqtədən birinci dönmə nöqtəsinə qədər məsafədir; status: ok, not closed (qapanma xətası CLOSURE_TOLERANCE_M-dən böyük), self-intersecting, missing legs (seq boşluğu və ya çox az ayaq) və ya error (səhv sətirlər: bax ERRORS, hər səhv sətri 1-dən başlayan nömrəsi ilə sadalayır). Cədvəlin digər sütunları formulyara köçürülür. TURNING_POINTS çöldə yoxlama üçün hər nöqtəni WGS 84 və UTM-də verir.

ID_FIELD (isteğe bağlı) formulyar id-si olan sütunu göstərir (standart record_id; onun əvəz etdiyi record_id sütunu source_record_id kimi saxlanılır). Id-lər kənar boşluqlar olmadan müqayisə edilir; yalnız hərf registri və ya daxili boşluqlarla fərqlənənlər ayrı formulyarlar kimi rəqəmsallaşdırılır və xəbərdarlıqda adları çəkilir.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="126"/>
        <source>Record id column (default: record_id)</source>
        <translation>Formulyar id sütunu (standart: record_id)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="290"/>
        <source>Table &apos;{0}&apos; has no column &apos;{1}&apos; (ID_FIELD); its columns: {2}.</source>
        <translation>'{0}' cədvəlində '{1}' sütunu yoxdur (ID_FIELD); onun sütunları: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="628"/>
        <source>Table &apos;{0}&apos;: record ids {1} differ only by case or spaces; they are digitised as separate records (correct the table if they are one).</source>
        <translation>'{0}' cədvəli: {1} formulyar id-ləri yalnız hərf registri və ya boşluqlarla fərqlənir; onlar ayrı formulyarlar kimi rəqəmsallaşdırılıb (bir formulyardırsa, cədvəli düzəldin).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="43"/>
        <source>Weight sensitivity of the clearance:prioritise ranking. Takes the same parcels, criteria, decays, distances, gate and optional WEIGHTS_AHP as clearance:prioritise, then re-ranks the parcels RUNS times with perturbed weights:

- Dirichlet: weights drawn from Dirichlet(CONCENTRATION x weights); mean = your weights, smaller CONCENTRATION = wider spread (100 gives about +-10 % on a weight of 0.4);
- Uniform: each weight multiplied by 1 + U(-SPREAD %, +SPREAD %), then renormalised.

The random generator is seeded (SEED), so a run is reproducible.

Output: every parcel with priority_score and priority_rank (your weights), rank_mean, rank_p05 and rank_p95 (5-95 % interval of its rank over the runs) and p_top_k (share of runs in which it ranks in the top TOP_K). CHART (PNG, optional) shows the rank intervals of the 30 most urgent parcels. A parcel whose interval is narrow and p_top_k near 1 is urgent whatever the exact weights.

ID_FIELD (optional) names the parcels in the chart and messages, as in clearance:prioritise: empty = guessed, else the feature id (then written as source_fid, so the chart and the saved layer give the same id whatever format the output has).</source>
        <translation>clearance:prioritise sıralamasının çəkilərə həssaslığı. clearance:prioritise ilə eyni sahələri, meyarları, azalmaları, məsafələri, filtri və isteğe bağlı WEIGHTS_AHP-ni götürür, sonra sahələri pozulmuş çəkilərlə RUNS dəfə yenidən sıralayır:

- Dirichlet: çəkilər Dirichlet(CONCENTRATION x çəkilər) paylanmasından çəkilir; orta = sizin çəkiləriniz, kiçik CONCENTRATION = daha geniş səpələnmə (100 çəkisi 0.4 olan üçün təxminən +-10 % verir);
- Uniform: hər çəki 1 + U(-SPREAD %, +SPREAD %) ilə vurulur, sonra yenidən normallaşdırılır.

Təsadüfi generator toxumla işə salınır (SEED), buna görə icra təkrarlana biləndir.

Nəticə: hər sahə priority_score və priority_rank (sizin çəkilərinizlə), rank_mean, rank_p05 və rank_p95 (icralar üzrə yerinin 5-95 % intervalı) və p_top_k (ilk TOP_K-ya düşdüyü icraların payı) ilə. CHART (PNG, isteğe bağlı) ən təcili 30 sahənin yer intervallarını göstərir. İntervalı dar və p_top_k-sı 1-ə yaxın olan sahə dəqiq çəkilərdən asılı olmayaraq təcilidir.

ID_FIELD (isteğe bağlı) diaqramda və mesajlarda sahələri clearance:prioritise-dəki kimi adlandırır: boş = təxmin edilir, əks halda obyektin id-si (o zaman source_fid kimi yazılır ki, diaqram və saxlanmış lay çıxışın formatından asılı olmayaraq eyni id-ni versin).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="218"/>
        <source>Parcel id field (default: guessed, else feature id)</source>
        <translation>Sahə id sahəsi (standart: təxmin edilir, əks halda obyekt id-si)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="76"/>
        <source>The field naming the parcels (guessed; empty: guessed at each run, else fid)</source>
        <translation>Sahələri adlandıran sahə (təxmin edilir; boş: hər işə salmada təxmin edilir, əks halda fid)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="79"/>
        <source>Parcel id</source>
        <translation>Sahə id-si</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="145"/>
        <source>Could not name the parcels by that field</source>
        <translation>Sahələri bu sahə ilə adlandırmaq alınmadı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="28"/>
        <source>Id field (default: guessed — hazard_localid, localid, hazard_id, id… else fid)</source>
        <translation>Id sahəsi (standart: təxmin edilir — hazard_localid, localid, hazard_id, id… əks halda fid)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="82"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; ({2}); choose one of its fields ({3}) or leave {2} empty to guess it.</source>
        <translation>'{0}' layında '{1}' sahəsi yoxdur ({2}); onun sahələrindən birini seçin ({3}) və ya təxmin edilməsi üçün {2}-ni boş buraxın.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="147"/>
        <source>Layer &apos;{0}&apos;: {1}; all features are kept, labelled {2}.</source>
        <translation>'{0}' layı: {1}; bütün obyektlər saxlanılır, {2} kimi adlandırılır.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="157"/>
        <source>Layer &apos;{0}&apos;: {1} is not used as id: {2}.</source>
        <translation>'{0}' layı: {1} id kimi istifadə edilmir: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="164"/>
        <source>Layer &apos;{0}&apos;: features named by {1}.</source>
        <translation>'{0}' layı: obyektlər {1} ilə adlandırılır.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="166"/>
        <source>Layer &apos;{0}&apos; has no field of unique, non-empty ids (tried: {1}); features are named by their feature id (set ID_FIELD to choose a field).</source>
        <translation>'{0}' layında unikal, boş olmayan id-lər sahəsi yoxdur (yoxlanıldı: {1}); obyektlər obyekt id-si ilə adlandırılır (sahə seçmək üçün ID_FIELD-i təyin edin).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="166"/>
        <source>no id-like field</source>
        <translation>id-yə bənzər sahə yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="190"/>
        <source>&apos;{0} #2&apos; from the second occurrence</source>
        <translation>ikinci təkrardan '{0} #2'</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="192"/>
        <source>&apos;fid {0}&apos;</source>
        <translation>'fid {0}'</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="236"/>
        <source>feature {0} was added</source>
        <translation>{0} obyekti əlavə olunub</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="243"/>
        <source>{0} of its {1} features are gone</source>
        <translation>{1} obyektindən {0} silinib</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="249"/>
        <source>Layer &apos;{0}&apos; changed while the analysis ran ({1}); nothing was written. Run it again when the edits are saved.</source>
        <translation>'{0}' laylı təhlil gedərkən dəyişdi ({1}); heç nə yazılmadı. Düzəlişlər saxlandıqdan sonra yenidən işə salın.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="103"/>
        <source>the server is not reachable; is it running, and are host and port right?</source>
        <translation>serverə qoşulmaq mümkün deyil; server işləyirmi, host və port düzgündürmü?</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="105"/>
        <source>the database user lacks the rights; ask the administrator for CREATE on the schema.</source>
        <translation>verilənlər bazası istifadəçisinin hüququ yoxdur; administratordan sxem üzərində CREATE hüququ istəyin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="109"/>
        <source>the schema does not exist; create it or choose another one.</source>
        <translation>sxem mövcud deyil; onu yaradın və ya başqasını seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="111"/>
        <source>the user name or password was refused; check the saved connection.</source>
        <translation>istifadəçi adı və ya parol rədd edildi; saxlanmış bağlantını yoxlayın.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="115"/>
        <source>PostgreSQL {0} ({1}): {2}{3}</source>
        <translation>PostgreSQL {0} ({1}): {2}{3}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="133"/>
        <source>QGIS has no PostgreSQL provider on this installation.</source>
        <translation>Bu QGIS quraşdırmasında PostgreSQL provayderi yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="139"/>
        <source>connection</source>
        <translation>bağlantı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="159"/>
        <source>check of table {0}</source>
        <translation>{0} cədvəlinin yoxlanması</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="167"/>
        <source>columns of {0}</source>
        <translation>{0} sütunları</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="176"/>
        <source>dependants of {0}</source>
        <translation>{0} cədvəlindən asılı obyektlər</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="189"/>
        <source>{0}: no table named in the PostGIS destination.</source>
        <translation>{0}: PostGIS təyinatında cədvəl adı yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="192"/>
        <source>check of schema {0}</source>
        <translation>{0} sxeminin yoxlanması</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="200"/>
        <source>PostgreSQL ({0}): the schema &apos;{1}&apos; does not exist; create it or choose another one.</source>
        <translation>PostgreSQL ({0}): '{1}' sxemi mövcud deyil; onu yaradın və ya başqasını seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="204"/>
        <source>PostgreSQL ({0}): the user may not create tables in schema &apos;{1}&apos; (no CREATE right); ask the administrator or choose a schema you own.</source>
        <translation>PostgreSQL ({0}): istifadəçi '{1}' sxemində cədvəl yarada bilməz (CREATE hüququ yoxdur); administratora müraciət edin və ya öz sxeminizi seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="244"/>
        <source>PostgreSQL: the table {0} has other columns than the new output and views depend on it; drop or change those views, or write to another table.</source>
        <translation>PostgreSQL: {0} cədvəlinin sütunları yeni nəticədən fərqlidir və ondan asılı görünüşlər (view) var; həmin görünüşləri silin və ya dəyişin, yaxud başqa cədvələ yazın.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="320"/>
        <source>removal of the partial table {0}</source>
        <translation>{0} aralıq cədvəlinin silinməsi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="335"/>
        <source>swap of the output tables</source>
        <translation>nəticə cədvəllərinin əvəzlənməsi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="403"/>
        <source>run record in {0}</source>
        <translation>{0} cədvəlində icra qeydi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="445"/>
        <source>style in layer_styles</source>
        <translation>layer_styles cədvəlində üslub</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="70"/>
        <source>Ranking map (PDF/PNG)</source>
        <translation>Prioritet xəritəsi (PDF/PNG)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="85"/>
        <source>Prioritised layer (from clearance:prioritise)</source>
        <translation>Prioritetləşdirilmiş lay (clearance:prioritise-dən)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="90"/>
        <source>Districts to outline and label</source>
        <translation>Kontur və adla göstəriləcək rayonlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="95"/>
        <source>District label field</source>
        <translation>Rayon adı sahəsi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="103"/>
        <source>Map title</source>
        <translation>Xəritənin başlığı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="104"/>
        <source>Most urgent parcels listed after the map (0 = none)</source>
        <translation>Xəritədən sonra sadalanan ən təcili sahələr (0 = yoxdur)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>Ranking map (PDF)</source>
        <translation>Prioritet xəritəsi (PDF)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>Ranking map page (PNG)</source>
        <translation>Prioritet xəritəsi səhifəsi (PNG)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>PNG images (*.png)</source>
        <translation>PNG şəkilləri (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="124"/>
        <source>Pages of the PDF</source>
        <translation>PDF səhifələrinin sayı</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="147"/>
        <source>Priority class</source>
        <translation>Prioritet sinfi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="155"/>
        <source>Clearance priority — {0}</source>
        <translation>Təmizləmə prioriteti — {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="171"/>
        <source>Layer &apos;{0}&apos; (INPUT) has no field {1}: run clearance:prioritise on it first and map its OUTPUT.</source>
        <translation>'{0}' layında (INPUT) {1} sahəsi yoxdur: əvvəlcə onun üçün clearance:prioritise işə salın və onun OUTPUT-unun xəritəsini qurun.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="180"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; (DISTRICT_FIELD); its fields are: {2}.</source>
        <translation>'{0}' layında '{1}' sahəsi yoxdur (DISTRICT_FIELD); onun sahələri: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="214"/>
        <source>{0} features of &apos;{1}&apos; have a priority_class that is none of {2}; not drawn.</source>
        <translation>'{1}' layının {0} obyektinin priority_class dəyəri {2} deyil; çəkilmədi.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="219"/>
        <source>counted in the legend, not drawn</source>
        <translation>legendada sayıldı, çəkilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="221"/>
        <source>not drawn</source>
        <translation>çəkilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="224"/>
        <source>Layer &apos;{0}&apos; carries no run record: the weights are not on the map.</source>
        <translation>'{0}' layının işə salınma qeydi yoxdur: çəkilər xəritədə göstərilmir.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="245"/>
        <source>{0} of {1}, plugin {2}</source>
        <translation>{0}, {1}, plagin {2}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="251"/>
        <source>Map of {0}</source>
        <translation>Xəritə: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="251"/>
        <source>Layer: {0}</source>
        <translation>Lay: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="256"/>
        <source>Parcels: {0}</source>
        <translation>Sahələr: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="259"/>
        <source>Ranked against: {0}</source>
        <translation>Sıralama meyarları: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="274"/>
        <source>Districts: {0}</source>
        <translation>Rayonlar: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="276"/>
        <source>Source: {0}</source>
        <translation>Mənbə: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="459"/>
        <source>Ranking map written to {0}</source>
        <translation>Prioritet xəritəsi {0} faylına yazıldı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="151"/>
        <source>Ranking map…</source>
        <translation>Prioritet xəritəsi…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="152"/>
        <source>PDF and PNG map of the saved result (clearance:priority_map)</source>
        <translation>Saxlanılmış nəticənin PDF və PNG xəritəsi (clearance:priority_map)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="427"/>
        <source>Could not make the ranking map</source>
        <translation>Prioritet xəritəsi qurula bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="432"/>
        <source>save the result first</source>
        <translation>əvvəlcə nəticəni saxlayın</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="434"/>
        <source>Save the ranking map</source>
        <translation>Prioritet xəritəsini saxla</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="456"/>
        <source>The ranking map failed</source>
        <translation>Prioritet xəritəsi alınmadı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="41"/>
        <source>Report template</source>
        <translation>Hesabat şablonu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="44"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="46"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Şəkillər (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="47"/>
        <source>Logo</source>
        <translation>Loqo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="51"/>
        <source>Language of the page texts</source>
        <translation>Səhifə mətnlərinin dili</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="91"/>
        <source>Report template…</source>
        <translation>Hesabat şablonu…</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="94"/>
        <source>… and {0} more notes in the HTML report.</source>
        <translation>… və HTML hesabatında daha {0} qeyd.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="15"/>
        <source>Coverage: map page</source>
        <translation>Əhatə: xəritə səhifəsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="16"/>
        <source>Coverage: table per district</source>
        <translation>Əhatə: rayonlar üzrə cədvəl</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="17"/>
        <source>Coverage: charts</source>
        <translation>Əhatə: diaqramlar</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="18"/>
        <source>Ranking map: weights used</source>
        <translation>Prioritet xəritəsi: istifadə olunan çəkilər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="19"/>
        <source>Ranking map: overview inset</source>
        <translation>Prioritet xəritəsi: icmal xəritəsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="20"/>
        <source>Ranking map: table of the top parcels</source>
        <translation>Prioritet xəritəsi: ən təcili sahələrin cədvəli</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="47"/>
        <source>Ranks the same parcels under two scenarios (named weighting profiles: weights, decays, distances, gate and optional AHP matrix; see docs/scenarios.md) and reports how the ranking changes. Distances to the criterion layers are computed once and scored twice.

SCENARIO_A / SCENARIO_B: the path of a scenario JSON file (exported from the dock), the JSON text itself, or the name of a scenario saved in the current project.

Output: every parcel with rank_a, rank_b, rank_change (= rank_a - rank_b: positive means more urgent under B), score_a, score_b, class_a, class_b, in_top_k_a and in_top_k_b; styled on rank_change with a diverging ramp.

Results: KENDALL_TAU is Kendall&apos;s tau-b between the two priority orders (parcels passing the gate by score, then gated parcels), with equal scores kept as ties; 1 = same order, -1 = reversed. TOP_K_OVERLAP counts the parcels in the top TOP_K of both (TOP_K_SHARE = overlap / TOP_K); MOVERS lists the MOVERS parcels whose rank changes most (JSON). Parcels without a geometry have no rank and are not compared. REPORT (HTML) and CSV (optional) give the same figures and the movers.</source>
        <translation>Eyni sahələri iki ssenari üzrə sıralayır (adlandırılmış çəki profilləri: çəkilər, azalma funksiyaları, məsafələr, filtr və istəyə bağlı AHP matrisi; bax docs/scenarios.md) və sıralamanın necə dəyişdiyini bildirir. Meyar laylarına qədər məsafələr bir dəfə hesablanır və iki dəfə qiymətləndirilir.

SCENARIO_A / SCENARIO_B: ssenari JSON faylının yolu (paneldən ixrac edilmiş), JSON mətninin özü və ya cari layihədə saxlanmış ssenarinin adı.

Nəticə: hər sahə rank_a, rank_b, rank_change (= rank_a - rank_b: müsbət dəyər B üzrə daha təcili deməkdir), score_a, score_b, class_a, class_b, in_top_k_a və in_top_k_b ilə; rank_change üzrə ayrılan (diverging) rəng şkalası ilə üslublandırılıb.

Nəticələr: KENDALL_TAU iki prioritet sırası arasında Kendall tau-b-dir (filtrdən keçən sahələr bal üzrə, sonra filtrdən keçməyənlər), bərabər ballar bərabər (ties) saxlanılır; 1 = eyni sıra, -1 = tərs sıra. TOP_K_OVERLAP hər ikisinin ilk TOP_K siyahısında olan sahələri sayır (TOP_K_SHARE = üst-üstə düşmə / TOP_K); MOVERS yeri ən çox dəyişən MOVERS sahəni sadalayır (JSON). Həndəsəsi olmayan sahələrin yeri yoxdur və müqayisə edilmir. REPORT (HTML) və CSV (istəyə bağlı) eyni rəqəmləri və ən çox yerini dəyişənləri verir.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="72"/>
        <source>Compare scenarios</source>
        <translation>Ssenariləri müqayisə et</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="92"/>
        <source>Scenario A (JSON file, JSON text or saved scenario name)</source>
        <translation>Ssenari A (JSON faylı, JSON mətni və ya saxlanmış ssenarinin adı)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="92"/>
        <source>Scenario B (JSON file, JSON text or saved scenario name)</source>
        <translation>Ssenari B (JSON faylı, JSON mətni və ya saxlanmış ssenarinin adı)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="98"/>
        <source>Top K (overlap of the K most urgent parcels)</source>
        <translation>Top K (ən təcili K sahənin üst-üstə düşməsi)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="98"/>
        <source>Number of movers to list</source>
        <translation>Siyahıya alınacaq ən çox yerini dəyişənlərin sayı</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="98"/>
        <source>Rank change between scenarios</source>
        <translation>Ssenarilər arasında yer dəyişikliyi</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="113"/>
        <source>Comparison report (HTML)</source>
        <translation>Müqayisə hesabatı (HTML)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="113"/>
        <source>Comparison summary and movers (CSV)</source>
        <translation>Müqayisənin xülasəsi və yerini dəyişənlər (CSV)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="113"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="122"/>
        <source>Kendall tau-b between the rankings</source>
        <translation>Sıralamalar arasında Kendall tau-b</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="122"/>
        <source>Parcels in the top K of both</source>
        <translation>Hər ikisinin ilk K-sında olan sahələr</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="122"/>
        <source>Share of the top K in both</source>
        <translation>Hər ikisinin ilk K-sında olanların payı</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="65"/>
        <source>Parcels compared</source>
        <translation>Müqayisə edilən sahələr</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="129"/>
        <source>Parcels moving most (JSON)</source>
        <translation>Yerini ən çox dəyişən sahələr (JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="209"/>
        <source>Clearance Planner rank change of &apos;{0}&apos; from scenario &apos;{1}&apos; to &apos;{2}&apos;.</source>
        <translation>Clearance Planner: '{0}' üçün '{1}' ssenarisindən '{2}' ssenarisinə yer dəyişikliyi.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="289"/>
        <source>&apos;{0}&apos; -&gt; &apos;{1}&apos;: Kendall tau-b {2:.4f} over {3} parcels; top {4} overlap {5} ({6:.0%}).</source>
        <translation>'{0}' -&gt; '{1}': {3} sahə üzrə Kendall tau-b {2:.4f}; ilk {4} üst-üstə düşmə {5} ({6:.0%}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="304"/>
        <source>  {0}: rank {1} -&gt; {2} ({3:+d})</source>
        <translation>  {0}: yer {1} -&gt; {2} ({3:+d})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="30"/>
        <source>DISTRICT_SUMMARY (optional table, with DISTRICTS): one row per district (layer order) and an &quot;Outside districts&quot; row: the count (n_high, n_medium, n_low, n_gated, n_unknown, n_total) and area in hectares (ha_…) of the parcels by class, and top_ids, the ids of the SUMMARY_TOP_N best-ranked High/Medium/Low parcels. Each parcel counts once, in the first district holding its point on surface, else outside (also parcels without geometry), so the counts add up to the parcels. DISTRICT_FIELD names the districts; empty: guessed (district, name, adm2_name…).</source>
        <translation>DISTRICT_SUMMARY (istəyə bağlı cədvəl, DISTRICTS ilə): hər rayon üçün bir sətir (laydakı sıra ilə) və &quot;Outside districts&quot; sətri: sahələrin siniflər üzrə sayı (n_high, n_medium, n_low, n_gated, n_unknown, n_total) və hektarla sahəsi (ha_…), həmçinin top_ids — ən yaxşı rütbəli SUMMARY_TOP_N High/Medium/Low sahəsinin identifikatorları. Hər sahə bir dəfə sayılır: səthindəki nöqtəni ehtiva edən ilk rayonda, yoxsa rayonlardan kənarda (həndəsəsi olmayan sahələr də ora düşür), buna görə saylar cəmdə bütün sahələri verir. DISTRICT_FIELD rayonların adlarını verir; boşdursa, avtomatik tapılır (district, name, adm2_name…).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="51"/>
        <source>District summary: ids of the top N parcels per district</source>
        <translation>Rayonlar üzrə xülasə: hər rayonda ən yaxşı N sahənin identifikatorları</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="59"/>
        <source>Districts for the district summary (polygons)</source>
        <translation>Rayonlar üzrə xülasə üçün rayonlar (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="65"/>
        <source>District name field (empty: guessed, e.g. district or name)</source>
        <translation>Rayon adı sahəsi (boş: avtomatik tapılır, məsələn district və ya name)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="76"/>
        <source>District summary (count and area by class, top ids)</source>
        <translation>Rayonlar üzrə xülasə (siniflər üzrə say və sahə, ən yaxşı identifikatorlar)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="113"/>
        <source>DISTRICT_SUMMARY needs DISTRICTS: give the district polygons to sum by.</source>
        <translation>DISTRICT_SUMMARY üçün DISTRICTS lazımdır: hesablamaq üçün rayon poliqonlarını verin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/focus_area.py" line="11"/>
        <source>AREA (optional focus area, polygons; with &quot;Selected features only&quot; just its selection): only the hazards (parcels) intersecting or touching it are used, each kept whole, not clipped: exactly the features &quot;Extract by location&quot; (intersects) picks, with the same figures. The other input layers are read in full. Null and degenerate area polygons are named in a warning and left out; invalid ones are repaired.</source>
        <translation>AREA (istəyə bağlı diqqət ərazisi, poliqonlar; &quot;Yalnız seçilmiş obyektlər&quot; ilə yalnız seçilənlər): yalnız onu kəsən və ya ona toxunan təhlükəli ərazilər (sahələr) istifadə olunur, hər biri bütöv, kəsilmədən: &quot;Yerləşməyə görə çıxarış&quot; (kəsişir) alətinin seçdiyi obyektlərin eynisi, eyni nəticələrlə. Digər giriş layları tam oxunur. Boş və cırlaşmış ərazi poliqonları xəbərdarlıqda adlandırılır və istifadə olunmur; etibarsız olanlar düzəldilir.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/focus_area.py" line="22"/>
        <source>Focus area: only hazards intersecting these polygons (kept whole)</source>
        <translation>Diqqət ərazisi: yalnız bu poliqonları kəsən təhlükəli ərazilər (bütöv)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="124"/>
        <source>Focus area (optional; its selection if it has one)</source>
        <translation>Diqqət ərazisi (istəyə bağlı; seçilmiş obyektlər varsa, onlar)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="116"/>
        <source>Scenarios saved in the project: choose one to apply</source>
        <translation>Layihədə saxlanmış ssenarilər: tətbiq etmək üçün birini seçin</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="117"/>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="118"/>
        <source>Save as…</source>
        <translation>Fərqli saxla…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="119"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="120"/>
        <source>Import…</source>
        <translation>İdxal et…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="121"/>
        <source>Export…</source>
        <translation>İxrac et…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="245"/>
        <source>Compare with…</source>
        <translation>Müqayisə et…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="123"/>
        <source>Rank changes between these settings and a saved scenario</source>
        <translation>Bu parametrlərlə saxlanmış ssenari arasında yer dəyişiklikləri</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="127"/>
        <source>Scenario</source>
        <translation>Ssenari</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="111"/>
        <source>guessed: {0}</source>
        <translation>avtomatik tapıldı: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="108"/>
        <source>saved in the project</source>
        <translation>layihədə saxlanılıb</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="122"/>
        <source>Could not read the dock settings of the project</source>
        <translation>Layihənin panel parametrləri oxuna bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="185"/>
        <source>Layer &apos;{0}&apos; cannot be {1}: {2}.</source>
        <translation>'{0}' layı {1} ola bilməz: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="122"/>
        <source>Could not apply the scenario</source>
        <translation>Ssenari tətbiq edilə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="220"/>
        <source>There is no scenario {0!r} in this project.</source>
        <translation>Bu layihədə {0!r} ssenarisi yoxdur.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="138"/>
        <source>Could not save the scenario</source>
        <translation>Ssenari saxlanıla bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="141"/>
        <source>Save scenario as</source>
        <translation>Ssenarini bu adla saxla</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="146"/>
        <source>give the scenario a name</source>
        <translation>ssenariyə ad verin</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="153"/>
        <source>Scenario {0!r} saved in the project.</source>
        <translation>{0!r} ssenarisi layihədə saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="156"/>
        <source>Could not delete the scenario</source>
        <translation>Ssenari silinə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="162"/>
        <source>Delete scenario</source>
        <translation>Ssenarini sil</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="162"/>
        <source>Delete scenario {0!r}?</source>
        <translation>{0!r} ssenarisi silinsin?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="171"/>
        <source>Could not import the scenarios</source>
        <translation>Ssenarilər idxal edilə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="175"/>
        <source>Import scenarios</source>
        <translation>Ssenariləri idxal et</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="197"/>
        <source>Scenario JSON (*.json)</source>
        <translation>Ssenari JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="103"/>
        <source>cannot read {0}: {1}</source>
        <translation>{0} oxuna bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="188"/>
        <source>Imported scenario(s): {0}</source>
        <translation>İdxal edilmiş ssenari(lər): {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="191"/>
        <source>Could not export the scenario</source>
        <translation>Ssenari ixrac edilə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="197"/>
        <source>Export scenario</source>
        <translation>Ssenarini ixrac et</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="237"/>
        <source>Could not compare the scenarios</source>
        <translation>Ssenarilər müqayisə edilə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="245"/>
        <source>Saved scenario (B)</source>
        <translation>Saxlanmış ssenari (B)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="252"/>
        <source>Comparing with {0!r}…</source>
        <translation>{0!r} ilə müqayisə edilir…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="260"/>
        <source>The scenario comparison failed</source>
        <translation>Ssenarilərin müqayisəsi alınmadı</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="268"/>
        <source>Rank change: {0}</source>
        <translation>Yer dəyişikliyi: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="281"/>
        <source>Compared with {0!r}: Kendall tau-b {1}; top-K overlap {2} ({3:.0%}).</source>
        <translation>{0!r} ilə müqayisə: Kendall tau-b {1}; ilk K üst-üstə düşmə {2} ({3:.0%}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="289"/>
        <source>Parcels that move most (+ = more urgent under B):</source>
        <translation>Yerini ən çox dəyişən sahələr (+ = B üzrə daha təcili):</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="78"/>
        <source>no hazard is counted in them</source>
        <translation>onlarda heç bir təhlükəli ərazi sayılmır</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="82"/>
        <source>(feature {0})</source>
        <translation>(obyekt {0})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="100"/>
        <source>not part of the focus area</source>
        <translation>diqqət ərazisinə daxil deyil</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="102"/>
        <source>Layer &apos;{0}&apos; (AREA) has no features; choose a focus area or leave AREA empty.</source>
        <translation>'{0}' layında (AREA) obyekt yoxdur; diqqət ərazisi seçin və ya AREA-nı boş saxlayın.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="108"/>
        <source>Layer &apos;{0}&apos; (AREA) has no usable polygon (each geometry is null, empty or degenerate); choose another focus area.</source>
        <translation>'{0}' layında (AREA) yararlı poliqon yoxdur (hər həndəsə yoxdur, boşdur və ya cırlaşmışdır); başqa diqqət ərazisi seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="127"/>
        <source>No feature of layer &apos;{0}&apos; ({1}) intersects the focus area &apos;{2}&apos; (AREA).</source>
        <translation>'{0}' layının ({1}) heç bir obyekti '{2}' diqqət ərazisini (AREA) kəsmir.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="137"/>
        <source>Focus area &apos;{0}&apos;: {1} of {2} features of &apos;{3}&apos; intersect it; {4} left out.</source>
        <translation>Diqqət ərazisi '{0}': '{3}' layının {2} obyektindən {1}-i onu kəsir; {4} kənarda qalır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="39"/>
        <source>Features read</source>
        <translation>Oxunan obyektlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="39"/>
        <source>Geometries repaired (makeValid)</source>
        <translation>Təmir edilmiş həndəsələr (makeValid)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="39"/>
        <source>Degenerate geometries (no area/length, NaN, not transformable)</source>
        <translation>Cırlaşmış həndəsələr (sahəsiz/uzunluqsuz, NaN, çevrilə bilməyən)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="56"/>
        <source>Parcels in class {0}</source>
        <translation>{0} sinfində sahələr</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="126"/>
        <source>Problems by rule (JSON: rule → count)</source>
        <translation>Qaydalar üzrə problemlər (JSON: qayda → say)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Districts in the table</source>
        <translation>Cədvəldəki rayonlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Unmapped hazard parts (GAPS features)</source>
        <translation>Xəritələşdirilməmiş təhlükəli ərazi hissələri (GAPS obyektləri)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Hazard area (ha), all districts</source>
        <translation>Təhlükəli ərazinin sahəsi (ha), bütün rayonlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Hazard area outside records (ha)</source>
        <translation>Formulyarlardan kənar təhlükəli ərazinin sahəsi (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Incidents counted</source>
        <translation>Sayılan insidentlər</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="177"/>
        <source>Tasks with coordinates (placemarks, atlas tasks)</source>
        <translation>Koordinatlı tapşırıqlar (nişanlar, atlas tapşırıqları)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="177"/>
        <source>Tasks beyond the UTM zone&apos;s valid range</source>
        <translation>UTM zonasının etibarlı diapazonundan kənar tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Geometries repaired (= REPAIRED_GEOMETRIES)</source>
        <translation>Təmir edilmiş həndəsələr (= REPAIRED_GEOMETRIES)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Geometries kept as they came, not repairable (= DEGENERATE_GEOMETRIES)</source>
        <translation>Gəldiyi kimi saxlanılan, təmir edilə bilməyən həndəsələr (= DEGENERATE_GEOMETRIES)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Features without geometry (= NULL_GEOMETRIES)</source>
        <translation>Həndəsəsiz obyektlər (= NULL_GEOMETRIES)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="71"/>
        <source>Ranking map: {0}</source>
        <translation>Prioritet xəritəsi: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>Layout template (QPT)</source>
        <translation>Maket şablonu (QPT)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>QGIS layout templates (*.qpt)</source>
        <translation>QGIS maket şablonları (*.qpt)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="125"/>
        <source>Layout added to the project (name)</source>
        <translation>Layihəyə əlavə edilən maket (ad)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="130"/>
        <source>{0} parcels (= {1})</source>
        <translation>{0} sahələr (= {1})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="187"/>
        <source>Give OUTPUT_PDF, OUTPUT_PNG or OUTPUT_QPT.</source>
        <translation>OUTPUT_PDF, OUTPUT_PNG və ya OUTPUT_QPT göstərin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="327"/>
        <source>Layout &apos;{0}&apos; added to the project.</source>
        <translation>'{0}' maketi layihəyə əlavə edildi.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="162"/>
        <source>Districts summarised</source>
        <translation>Ümumiləşdirilmiş rayonlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="229"/>
        <source>Records with status ok</source>
        <translation>Statusu ok olan formulyarlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="229"/>
        <source>Records by status (JSON: status → count)</source>
        <translation>Statuslar üzrə formulyarlar (JSON: status → say)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="229"/>
        <source>Rows of the record table with errors</source>
        <translation>Formulyar cədvəlinin xətalı sətirləri</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="156"/>
        <source>Cells with a score</source>
        <translation>Balı olan xanalar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="156"/>
        <source>Lowest score (0-100)</source>
        <translation>Ən aşağı bal (0-100)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="156"/>
        <source>Mean score (0-100)</source>
        <translation>Orta bal (0-100)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="156"/>
        <source>Highest score (0-100)</source>
        <translation>Ən yüksək bal (0-100)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="387"/>
        <source>Tasks planned</source>
        <translation>Planlaşdırılan tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="387"/>
        <source>Parcels not planned (no usable polygon or effort)</source>
        <translation>Planlaşdırılmayan sahələr (yararlı poliqon və ya iş həcmi yoxdur)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="387"/>
        <source>Completion date of the plan (ISO 8601)</source>
        <translation>Planın başa çatma tarixi (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="387"/>
        <source>Teams needed by TARGET_DATE (all methods)</source>
        <translation>TARGET_DATE-ə qədər lazım olan qruplar (bütün üsullar)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="45"/>
        <source>the pairwise matrix is empty</source>
        <translation>cüt müqayisə matrisi boşdur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="52"/>
        <source>row {0} of the pairwise matrix has a value that is not a number or fraction: {1!r}</source>
        <translation>cüt müqayisə matrisinin {0}-ci sətrində ədəd və ya kəsr olmayan dəyər var: {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="65"/>
        <source>the pairwise matrix must be square: row {0} has {1} values, expected {2}</source>
        <translation>cüt müqayisə matrisi kvadrat olmalıdır: {0}-ci sətirdə {1} dəyər var, {2} gözlənilir</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="82"/>
        <source>the pairwise matrix must be square, got shape {0}</source>
        <translation>cüt müqayisə matrisi kvadrat olmalıdır, ölçüsü {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="87"/>
        <source>entry ({0}, {1}) must be a positive number, got {2}</source>
        <translation>({0}, {1}) elementi müsbət ədəd olmalıdır, verilib: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="97"/>
        <source>diagonal entry ({0}, {1}) must be 1, got {2}</source>
        <translation>({0}, {1}) diaqonal elementi 1 olmalıdır, verilib: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="104"/>
        <source>entry ({0}, {1}) = {2:g} is outside the Saaty scale 1/9 … 9</source>
        <translation>({0}, {1}) = {2:g} elementi Saaty şkalasından (1/9 … 9) kənardadır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="115"/>
        <source>entries ({0}, {1}) = {2:g} and ({3}, {4}) = {5:g} are not reciprocal (their product must be 1)</source>
        <translation>({0}, {1}) = {2:g} və ({3}, {4}) = {5:g} elementləri qarşılıqlı tərs deyil (hasilləri 1 olmalıdır)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="142"/>
        <source>AHP supports 1 to {0} criteria, got {1}</source>
        <translation>AHP 1-dən {0}-dək meyarı dəstəkləyir, verilib: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="51"/>
        <source>not a number: {0!r}</source>
        <translation>ədəd deyil: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="68"/>
        <source>not an angle in degrees or DMS: {0!r}</source>
        <translation>dərəcə və ya DMS ilə bucaq deyil: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="71"/>
        <source>minutes and seconds must be whole and below 60: {0!r}</source>
        <translation>dəqiqə və saniyələr tam və 60-dan kiçik olmalıdır: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="85"/>
        <source>unknown bearing unit {0!r}; use one of {1}</source>
        <translation>naməlum azimut vahidi {0!r}; bunlardan birini istifadə edin: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="113"/>
        <source>unknown bearing reference {0!r}; use {1}</source>
        <translation>naməlum azimut istinadı {0!r}; istifadə edin: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/calendar.py" line="30"/>
        <source>weekday index {0} is not 0-6</source>
        <translation>həftə günü indeksi {0} 0-6 deyil</translation>
    </message>
    <message>
        <location filename="../plugin/engine/calendar.py" line="33"/>
        <source>no working day in the week: give at least one weekday</source>
        <translation>həftədə iş günü yoxdur: ən azı bir həftə günü göstərin</translation>
    </message>
    <message>
        <location filename="../plugin/engine/calendar.py" line="45"/>
        <source>months must be 1-12 (got {0})</source>
        <translation>aylar 1-12 olmalıdır (verilib: {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/calendar.py" line="47"/>
        <source>all twelve months are no-work months: nothing can be scheduled</source>
        <translation>on iki ayın hamısı iş olmayan aylardır: heç nə planlaşdırıla bilməz</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="114"/>
        <source>(file)</source>
        <translation>(fayl)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="108"/>
        <source>cannot be read ({0})</source>
        <translation>oxuna bilmir ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="114"/>
        <source>is not UTF-8 text</source>
        <translation>UTF-8 mətni deyil</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="120"/>
        <source>line {0} column {1}</source>
        <translation>sətir {0}, sütun {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="120"/>
        <source>not valid JSON ({0})</source>
        <translation>düzgün JSON deyil ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="126"/>
        <source>(top level)</source>
        <translation>(yuxarı səviyyə)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="327"/>
        <source>must be a JSON object</source>
        <translation>JSON obyekti olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="183"/>
        <source>must not be empty (it renames clashing fields)</source>
        <translation>boş olmamalıdır (toqquşan sahələrin adını dəyişir)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="236"/>
        <source>must be one of {0}</source>
        <translation>bunlardan biri olmalıdır: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="201"/>
        <source>must be &apos;dmy&apos; or &apos;mdy&apos;</source>
        <translation>'dmy' və ya 'mdy' olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="221"/>
        <source>unknown kind; use {0}</source>
        <translation>naməlum növ; istifadə edin: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="246"/>
        <source>must be a list of field names or {{ng, core}}</source>
        <translation>sahə adlarının siyahısı və ya {{ng, core}} olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="254"/>
        <source>names no vocabulary (&apos;{0}&apos;); add it to vocabularies</source>
        <translation>lüğət adlandırmır ('{0}'); onu vocabularies-ə əlavə edin</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="260"/>
        <source>an indicator needs &apos;of&apos; (a target) and &apos;equals&apos; (a value)</source>
        <translation>göstəriciyə 'of' (hədəf) və 'equals' (dəyər) lazımdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="265"/>
        <source>must be a list of rules</source>
        <translation>qaydaların siyahısı olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="268"/>
        <source>a rule is {{target}}, {{if_filled, value}}, {{sum}} or {{geometry_area}}</source>
        <translation>qayda {{target}}, {{if_filled, value}}, {{sum}} və ya {{geometry_area}} olur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="282"/>
        <source>only {{flavour}} may stand in braces</source>
        <translation>fiqurlu mötərizədə yalnız {{flavour}} ola bilər</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="307"/>
        <source>refers to &apos;{0}&apos;, not a target defined before it</source>
        <translation>'{0}'-ə istinad edir, bu isə ondan əvvəl təyin olunmuş hədəf deyil</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="318"/>
        <source>unknown key; expected one of {0}</source>
        <translation>naməlum açar; bunlardan biri gözlənilir: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="333"/>
        <source>must be a list of strings</source>
        <translation>sətirlərin siyahısı olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="339"/>
        <source>must be a string</source>
        <translation>sətir olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="83"/>
        <source>not an MGRS reference: {0!r}</source>
        <translation>MGRS istinadı deyil: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="86"/>
        <source>UTM zone {0} out of 1-60 in {1!r}</source>
        <translation>{1!r} içində UTM zonası {0} 1-60 diapazonundan kənardadır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="88"/>
        <source>latitude band {0!r} in {1!r} is not supported (polar UPS or unknown)</source>
        <translation>{1!r} içində {0!r} enlik zolağı dəstəklənmir (qütb UPS və ya naməlum)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="96"/>
        <source>{0!r} needs an even number (0-10) of easting/northing digits</source>
        <translation>{0!r} şərq/şimal koordinatları üçün cüt sayda (0-10) rəqəm tələb edir</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="102"/>
        <source>100 km column letter {0!r} is not used in zone {1} ({2!r})</source>
        <translation>100 km sütun hərfi {0!r} {1} zonasında istifadə olunmur ({2!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="111"/>
        <source>100 km row letter {0!r} is not valid ({1!r})</source>
        <translation>100 km sətir hərfi {0!r} düzgün deyil ({1!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="127"/>
        <source>latitude {0:.6f} is outside MGRS's UTM area (80° S–84° N)</source>
        <translation>{0:.6f} enliyi MGRS-in UTM ərazisindən (80° C–84° Ş) kənardadır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="137"/>
        <source>MGRS precision {0} is not 0-5 figures per axis</source>
        <translation>MGRS dəqiqliyi {0} hər ox üçün 0-5 rəqəm deyil</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="139"/>
        <source>UTM zone {0} out of 1-60</source>
        <translation>UTM zonası {0} 1-60 diapazonundan kənardadır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="145"/>
        <source>easting {0:.1f} m is outside MGRS&apos;s 100-900 km columns</source>
        <translation>{0:.1f} m şərq koordinatı MGRS-in 100-900 km sütunlarından kənardadır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="156"/>
        <source>PACE_M must be &gt; 0 (got {0})</source>
        <translation>PACE_M &gt; 0 olmalıdır (verilib: {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="159"/>
        <source>unknown distance unit {0!r}; use {1}</source>
        <translation>naməlum məsafə vahidi {0!r}; istifadə edin: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="357"/>
        <source>give both ref_x and ref_y (or an MGRS reference in ref_x)</source>
        <translation>həm ref_x, həm də ref_y göstərin (və ya ref_x-də MGRS istinadı)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="364"/>
        <source>{0} (REF_CRS is projected: plain numbers expected)</source>
        <translation>{0} (REF_CRS proyeksiyalıdır: sadə ədədlər gözlənilir)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="375"/>
        <source>longitude {0} / latitude {1} out of range</source>
        <translation>uzunluq {0} / enlik {1} diapazondan kənardadır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/replan.py" line="49"/>
        <source>task &apos;{0}&apos; is {1} but has no team or dates</source>
        <translation>'{0}' tapşırığı {1} vəziyyətindədir, lakin qrupu və ya tarixləri yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="76"/>
        <source>scenario {0!r}: every weight of the criteria given ({1}) is 0</source>
        <translation>{0!r} ssenarisi: verilən meyarların ({1}) bütün çəkiləri 0-dır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="85"/>
        <source>scenario {0!r}: its AHP matrix (ahp.criteria) compares {1} but the criterion layers given are {2}</source>
        <translation>{0!r} ssenarisi: onun AHP matrisi (ahp.criteria) {1} meyarlarını müqayisə edir, lakin verilən meyar layları bunlardır: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="161"/>
        <source>{0} is not valid JSON: {1} (line {2}, column {3})</source>
        <translation>{0} düzgün JSON deyil: {1} (sətir {2}, sütun {3})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="179"/>
        <source>scenarios must be a list of scenario objects</source>
        <translation>scenarios ssenari obyektlərinin siyahısı olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="184"/>
        <source>scenarios: the name(s) {0} appear twice</source>
        <translation>scenarios: {0} ad(lar)ı iki dəfə təkrarlanır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="194"/>
        <source>{0} must be a JSON object</source>
        <translation>{0} JSON obyekti olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="197"/>
        <source>{0}{1} is not a scenario key (expected {2})</source>
        <translation>{0}{1} ssenari açarı deyil (gözlənilir: {2})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="206"/>
        <source>{0}format must be {1!r}, got {2!r}</source>
        <translation>{0}format {1!r} olmalıdır, verilib: {2!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="214"/>
        <source>{0}name must be a non-empty text, got {1!r}</source>
        <translation>{0}name boş olmayan mətn olmalıdır, verilib: {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="231"/>
        <source>{0}version must be the integer {1}, got {2!r}</source>
        <translation>{0}version {1} tam ədədi olmalıdır, verilib: {2!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="240"/>
        <source>{0}version {1} is newer than this plugin reads ({2}); update Clearance Planner</source>
        <translation>{0}version {1} bu plaginin oxuduğundan ({2}) yenidir; Clearance Planner-i yeniləyin</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="251"/>
        <source>{0}version must be &gt;= 1, got {1}</source>
        <translation>{0}version &gt;= 1 olmalıdır, verilib: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="258"/>
        <source>{0} must be a text, got {1!r}</source>
        <translation>{0} mətn olmalıdır, verilib: {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="264"/>
        <source>{0} must be a number, got {1!r}</source>
        <translation>{0} ədəd olmalıdır, verilib: {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="266"/>
        <source>{0} must be a finite number &gt;= 0, got {1!r}</source>
        <translation>{0} sonlu ədəd &gt;= 0 olmalıdır, verilib: {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="296"/>
        <source>{0} must be an object with {1}</source>
        <translation>{0} bu açarları olan obyekt olmalıdır: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="280"/>
        <source>{0}.{1} is not a criterion (expected {2})</source>
        <translation>{0}.{1} meyar deyil (gözlənilir: {2})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="311"/>
        <source>{0}.{1} is missing</source>
        <translation>{0}.{1} yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="301"/>
        <source>{0}.{1} is not a criterion setting (expected {2})</source>
        <translation>{0}.{1} meyar parametri deyil (gözlənilir: {2})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="315"/>
        <source>{0}.decay must be one of {1}, got {2!r}</source>
        <translation>{0}.decay bunlardan biri olmalıdır: {1}, verilib: {2!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="332"/>
        <source>{0} must be null or an object with criteria and matrix</source>
        <translation>{0} null və ya criteria və matrix olan obyekt olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="342"/>
        <source>{0}.criteria must list distinct criteria of {1}, got {2!r}</source>
        <translation>{0}.criteria {1} arasından fərqli meyarları sadalamalıdır, verilib: {2!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="356"/>
        <source>every entry must be a number</source>
        <translation>hər element ədəd olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="358"/>
        <source>the pairwise matrix must be square</source>
        <translation>cüt müqayisə matrisi kvadrat olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="361"/>
        <source>it must be a list of rows or WEIGHTS_AHP text such as &apos;1,3;1/3,1&apos;</source>
        <translation>o, sətirlərin siyahısı və ya '1,3;1/3,1' kimi WEIGHTS_AHP mətni olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="368"/>
        <source>{0}.matrix: {1}</source>
        <translation>{0}.matrix: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="370"/>
        <source>{0}.matrix has {1} rows but {2}.criteria lists {3}</source>
        <translation>{0}.matrix-də {1} sətir var, lakin {2}.criteria {3} meyar sadalayır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="48"/>
        <source>productivity must be &gt; 0 m² per team per day (got {0})</source>
        <translation>məhsuldarlıq &gt; 0 m² (bir qrup üçün gündə) olmalıdır (verilib: {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="52"/>
        <source>productivity must satisfy low &lt;= default &lt;= high (got {0})</source>
        <translation>məhsuldarlıq low &lt;= default &lt;= high şərtini ödəməlidir (verilib: {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="64"/>
        <source>unknown method &apos;{0}&apos; in productivity table</source>
        <translation>məhsuldarlıq cədvəlində naməlum '{0}' üsulu</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="73"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="97"/>
        <source>EXPECTED_REDUCTION must be in [0, 1) (got {0})</source>
        <translation>EXPECTED_REDUCTION [0, 1) aralığında olmalıdır (verilib: {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="120"/>
        <source>unknown method(s) {0}; expected one of {1}</source>
        <translation>naməlum üsul(lar) {0}; bunlardan biri gözlənilir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="156"/>
        <source>no team for method &apos;{0}&apos;: give TEAMS {1}:N with N &gt;= 1</source>
        <translation>'{0}' üsulu üçün qrup yoxdur: TEAMS {1}:N (N &gt;= 1) göstərin</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="184"/>
        <source>task {0} waits for task {1} listed after it</source>
        <translation>{0} tapşırığı ondan sonra sadalanan {1} tapşırığını gözləyir</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="32"/>
        <source>distance scale must be &gt;= 0, got {0}</source>
        <translation>məsafə miqyası &gt;= 0 olmalıdır, verilib: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="44"/>
        <source>unknown decay {0!r}; expected one of {1}</source>
        <translation>naməlum azalma {0!r}; bunlardan biri gözlənilir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="54"/>
        <source>weights must be finite and &gt;= 0</source>
        <translation>çəkilər sonlu və &gt;= 0 olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="57"/>
        <source>at least one weight must be &gt; 0</source>
        <translation>ən azı bir çəki &gt; 0 olmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="134"/>
        <source>the High threshold must not be below the Medium threshold</source>
        <translation>High həddi Medium həddindən aşağı olmamalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/sensitivity.py" line="52"/>
        <source>runs must be &gt;= 1, got {0}</source>
        <translation>icraların sayı &gt;= 1 olmalıdır, verilib: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/sensitivity.py" line="56"/>
        <source>concentration must be &gt; 0, got {0}</source>
        <translation>konsentrasiya &gt; 0 olmalıdır, verilib: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/sensitivity.py" line="63"/>
        <source>spread must be in [0, 1), got {0}</source>
        <translation>yayılma [0, 1) aralığında olmalıdır, verilib: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/sensitivity.py" line="67"/>
        <source>unknown method {0!r}; expected one of {1}</source>
        <translation>naməlum üsul {0!r}; bunlardan biri gözlənilir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/surface.py" line="67"/>
        <source>cell size must be &gt; 0, got {0}</source>
        <translation>xana ölçüsü &gt; 0 olmalıdır, verilib: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/surface.py" line="115"/>
        <source>unknown decay {0!r}</source>
        <translation>naməlum azalma {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/traverse.py" line="78"/>
        <source>legs must be sorted by record</source>
        <translation>ayaqlar formulyar üzrə sıralanmalıdır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/traverse.py" line="114"/>
        <source>unknown adjustment {0!r}; use {1}</source>
        <translation>naməlum düzəliş {0!r}; istifadə edin: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/utm.py" line="35"/>
        <source>not a UTM zone: {0!r}</source>
        <translation>UTM zonası deyil: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="93"/>
        <source>{0}: unknown hazard type &apos;{1}&apos;; expected sha or cha.</source>
        <translation>{0}: naməlum təhlükə tipi '{1}'; sha və ya cha gözlənilir.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="99"/>
        <source>{0}: &apos;{1}&apos; needs a share (0-1) after the colon.</source>
        <translation>{0}: '{1}' iki nöqtədən sonra pay (0-1) tələb edir.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="103"/>
        <source>{0}: &apos;{1}&apos; must be a share from 0 to 1.</source>
        <translation>{0}: '{1}' 0-dan 1-ə qədər pay olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="115"/>
        <source>EXPECTED_REDUCTION must be in [0, 1) (got {0}).</source>
        <translation>EXPECTED_REDUCTION [0, 1) aralığında olmalıdır (verilib: {0}).</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="138"/>
        <source>{0}: unknown method &apos;{1}&apos;; expected one of {2}.</source>
        <translation>{0}: naməlum üsul '{1}'; bunlardan biri gözlənilir: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="149"/>
        <source>{0}: &apos;{1}&apos; needs a number after the colon.</source>
        <translation>{0}: '{1}' iki nöqtədən sonra ədəd tələb edir.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="153"/>
        <source>{0}: &apos;{1}&apos; must be &gt;= 0.</source>
        <translation>{0}: '{1}' &gt;= 0 olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="161"/>
        <source>{0}: team counts must be whole numbers.</source>
        <translation>{0}: qrupların sayı tam ədəd olmalıdır.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="171"/>
        <source>PRODUCTIVITY needs rows of 4 values: method, default, low, high.</source>
        <translation>PRODUCTIVITY 4 dəyərlik sətirlər tələb edir: method, default, low, high.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="180"/>
        <source>PRODUCTIVITY row &apos;{0}&apos;: rates must be numbers ({1}).</source>
        <translation>PRODUCTIVITY sətri '{0}': məhsuldarlıqlar ədəd olmalıdır ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="188"/>
        <source>PRODUCTIVITY: {0}</source>
        <translation>PRODUCTIVITY: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="194"/>
        <source>PRODUCTIVITY: file &apos;{0}&apos; not found.</source>
        <translation>PRODUCTIVITY: '{0}' faylı tapılmadı.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="201"/>
        <source>PRODUCTIVITY file &apos;{0}&apos;: rows {1} do not have 4 columns (method,default,low,high).</source>
        <translation>PRODUCTIVITY faylı '{0}': {1} sətirlərində 4 sütun yoxdur (method,default,low,high).</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="219"/>
        <source>HOLIDAYS must be dates YYYY-MM-DD separated by commas ({0}).</source>
        <translation>HOLIDAYS vergüllə ayrılmış YYYY-MM-DD tarixləri olmalıdır ({0}).</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="237"/>
        <source>Calendar: {0} (WORK_DAYS, NO_WORK_MONTHS)</source>
        <translation>Təqvim: {0} (WORK_DAYS, NO_WORK_MONTHS)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="91"/>
        <source>give a JSON file, JSON text or the name of a saved scenario</source>
        <translation>JSON faylı, JSON mətni və ya saxlanmış ssenarinin adını göstərin</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="93"/>
        <source>the scenario JSON text</source>
        <translation>ssenari JSON mətni</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="106"/>
        <source>{0!r} is neither a JSON file nor a scenario saved in the project (saved scenarios: {1})</source>
        <translation>{0!r} nə JSON faylıdır, nə də layihədə saxlanmış ssenari (saxlanmış ssenarilər: {1})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="116"/>
        <source>{0} holds {1} scenarios; give a file with one</source>
        <translation>{0} içində {1} ssenari var; bir ssenarili fayl göstərin</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="185"/>
        <source>Map and grid: {0} (metres). Clearance Planner, {1}. Task {2} of {3}. Page {4} of {5}.</source>
        <translation>Xəritə və şəbəkə: {0} (metr). Clearance Planner, {1}. Tapşırıq {2} / {3}. Səhifə {4} / {5}.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="289"/>
        <source>Layout template not written to {0}.</source>
        <translation>Maket şablonu {0} faylına yazılmadı.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="302"/>
        <source>PDF export to {0} failed: {1}</source>
        <translation>{0} faylına PDF ixracı alınmadı: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="308"/>
        <source>PNG export to {0} failed.</source>
        <translation>{0} faylına PNG ixracı alınmadı.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="41"/>
        <source>A printable map of a prioritised layer (the OUTPUT of clearance:prioritise): an A4 landscape print layout exported to OUTPUT_PDF and/or OUTPUT_PNG (the map page), and to OUTPUT_QPT (optional) as a QGIS layout template. Run in a project (not by qgis_process), the layout is also added to the project's layouts (Project › Layouts) as &quot;Ranking map: &lt;layer&gt;&quot;, replacing an earlier one of that name; its layers are copies registered in the project (not in the layer tree, not saved with their features): the LAYOUT result names it.

The map draws each parcel in its priority_class colour. The legend explains every class from the layer's run record (layer metadata or the GeoPackage's clearance_runs table): &quot;High: top third of scored parcels, score ≥ 26.3 (200)&quot; for tercile classes, the score break for CLASS_THRESHOLDS; without a run record the breaks are the lowest High and Medium scores found. The weights and decays used are listed from the run record. A banner says SYNTHETIC when the layer's metadata or its &quot;source&quot; field says so, else where the data come from. DISTRICTS (optional) are drawn as labelled outlines (DISTRICT_FIELD, default &quot;name&quot; or &quot;district&quot;). Scale bar, north arrow, date, data sources and an overview inset come with every map; the organisation, logo, language and sections are those of the report template (Clearance Planner › Report template…).

TOP_PARCELS (default 25, 0 = none) adds a table of the most urgent parcels after the map, continued over as many pages as it needs. The PDF holds every page, the PNG the map page.</source>
        <translation>Prioritetləşdirilmiş layın (clearance:prioritise alqoritminin OUTPUT-u) çap üçün xəritəsi: OUTPUT_PDF və/və ya OUTPUT_PNG-yə (xəritə səhifəsi) ixrac olunan, OUTPUT_QPT-yə (könüllü) isə QGIS maket şablonu kimi yazılan A4 albom çap maketi. Layihədə işə salındıqda (qgis_process istisna olmaqla) maket həm də layihənin maketlərinə (Project › Layouts) «Prioritet xəritəsi: &lt;lay&gt;» adı ilə əlavə olunur və həmin adlı əvvəlki maketi əvəz edir; onun layları layihədə qeydə alınmış surətlərdir (lay ağacında deyil, obyektləri ilə saxlanmır): LAYOUT nəticəsi onun adını verir.

Hər sahə öz priority_class rəngində çəkilir. Legenda hər sinfi layın işə salınma qeydinə (lay metaməlumatları və ya GeoPackage-in clearance_runs cədvəli) əsasən izah edir: tersil sinifləri üçün «High: top third of scored parcels, score ≥ 26.3 (200)», CLASS_THRESHOLDS üçün bal həddi; işə salınma qeydi olmadıqda həddlər High və Medium siniflərinin ən aşağı ballarıdır. İstifadə olunan çəkilər və azalma funksiyaları işə salınma qeydindən sadalanır. Layın metaməlumatları və ya «source» sahəsi bunu deyirsə, zolaq SYNTHETIC yazır, əks halda məlumatların mənbəyini göstərir. DISTRICTS (könüllü) adlı konturlar kimi çəkilir (DISTRICT_FIELD, defolt olaraq «name» və ya «district»). Miqyas xətti, şimal oxu, tarix, məlumat mənbələri və icmal xəritəsi hər xəritədə var; təşkilat, loqo, dil və bölmələr hesabat şablonundan götürülür (Clearance Planner › Report template…).

TOP_PARCELS (defolt 25, 0 = yoxdur) xəritədən sonra ən təcili sahələrin cədvəlini əlavə edir; cədvəl lazım olan qədər səhifədə davam edir. PDF bütün səhifələri, PNG isə xəritə səhifəsini saxlayır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="24"/>
        <source>ENGINE: local (default) reads every layer into QGIS; database lets PostGIS compute the distances (every input a PostGIS table of one database, with a primary key of one integer, text or uuid column): all inputs are read in one transaction (one snapshot), only ids and distances come back, with the same results within 0.01 m. A parcel table edited during the run stops it before anything is written.</source>
        <translation>ENGINE: local (standart) hər layı QGIS-ə oxuyur; database məsafələri PostGIS-ə hesablatdırır (hər giriş eyni verilənlər bazasının bir tam ədəd, mətn və ya uuid sütunundan ibarət birinci açarı olan PostGIS cədvəlidir): bütün girişlər bir tranzaksiyada (bir snapşotda) oxunur, yalnız identifikatorlar və məsafələr geri qayıdır, nəticələr 0,01 m dəqiqliklə eynidir. İş zamanı sahələr cədvəli redaktə olunarsa, heç nə yazılmadan iş dayanır.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="43"/>
        <source>Analysis engine (database: SQL in PostGIS, every input a table of one database)</source>
        <translation>Təhlil mühərriki (database: PostGIS-də SQL, hər giriş eyni verilənlər bazasının cədvəlidir)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="61"/>
        <source>AREA cannot be combined with ENGINE &apos;database&apos; yet; choose ENGINE &apos;local&apos;.</source>
        <translation>AREA hələlik ENGINE 'database' ilə birlikdə işlədilə bilməz; ENGINE 'local' seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="72"/>
        <source>{0}: selected features or a feature limit cannot be read by ENGINE &apos;database&apos;; give the whole layer (a layer filter is fine) or choose ENGINE &apos;local&apos;.</source>
        <translation>{0}: seçilmiş obyektləri və ya obyekt limitini ENGINE 'database' oxuya bilməz; bütün layı verin (lay filtri olar) və ya ENGINE 'local' seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="478"/>
        <source>Nearest {0} for the parcels, in the database…</source>
        <translation>Sahələr üçün ən yaxın {0}, verilənlər bazasında…</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_distances.py" line="213"/>
        <source>distances in the database</source>
        <translation>verilənlər bazasında məsafələr</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_snapshot.py" line="52"/>
        <source>Layer &apos;{0}&apos; changed while the analysis ran (its rows were edited after the database read them); nothing was written. Run it again when the edits are saved.</source>
        <translation>'{0}' layı təhlil gedərkən dəyişdi (verilənlər bazası onları oxuduqdan sonra sətirləri redaktə olundu); heç nə yazılmadı. Düzəlişlər saxlandıqdan sonra yenidən işə salın.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="213"/>
        <source>ENGINE &apos;database&apos; needs every input in PostGIS: layer &apos;{0}&apos; ({1}) is not a PostGIS table. Load it into the database, or choose ENGINE &apos;local&apos;.</source>
        <translation>ENGINE 'database' üçün hər giriş PostGIS-də olmalıdır: '{0}' layı ({1}) PostGIS cədvəli deyil. Onu verilənlər bazasına yükləyin və ya ENGINE 'local' seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="221"/>
        <source>Layer &apos;{0}&apos; ({1}) is an SQL query, not a table; ENGINE &apos;database&apos; needs a table.</source>
        <translation>'{0}' layı ({1}) cədvəl deyil, SQL sorğusudur; ENGINE 'database' üçün cədvəl lazımdır.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="230"/>
        <source>Layer &apos;{0}&apos; ({1}) has no primary key of one integer, text or uuid column; ENGINE &apos;database&apos; needs one (e.g. a serial fid column) to match its rows.</source>
        <translation>'{0}' layının ({1}) bir tam ədəd, mətn və ya uuid sütunundan ibarət birinci açarı yoxdur; ENGINE 'database' sətirləri uyğunlaşdırmaq üçün ona ehtiyac duyur (məs. serial fid sütunu).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="238"/>
        <source>Layer &apos;{0}&apos; ({1}): its CRS has no PostGIS SRID; ENGINE &apos;database&apos; needs one.</source>
        <translation>'{0}' layı ({1}): onun koordinat sisteminin PostGIS SRID-i yoxdur; ENGINE 'database' üçün lazımdır.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="273"/>
        <source>ENGINE &apos;database&apos; needs every input in one database: layer &apos;{0}&apos; ({1}) is in another database than &apos;{2}&apos; ({3}).</source>
        <translation>ENGINE 'database' üçün bütün girişlər eyni verilənlər bazasında olmalıdır: '{0}' layı ({1}) '{2}' ({3}) layından başqa verilənlər bazasındadır.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="174"/>
        <source>Overview</source>
        <translation>İcmal xəritəsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="233"/>
        <source>Weights used:</source>
        <translation>İstifadə olunan çəkilər:</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="235"/>
        <source>Data: {0}</source>
        <translation>Məlumatlar: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="241"/>
        <source>Most urgent parcels ({0})</source>
        <translation>Ən təcili sahələr ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="441"/>
        <source>The overlay CRS {0} has no PostGIS SRID; choose ENGINE &apos;local&apos;.</source>
        <translation>Üst-üstə qoyma koordinat sistemi {0} PostGIS SRID-inə malik deyil; ENGINE 'local' seçin.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="32"/>
        <source>ENGINE: local (default) does the overlay with GEOS in QGIS; database lets PostGIS do it (every input a PostGIS table of one database, with a primary key of one integer, text or uuid column): all inputs are read in one transaction, the same cleaning rules apply, areas are measured on the WGS 84 spheroid and only the figures and the unmapped pieces come back; incidents are still placed in QGIS. The figures equal the local ones within 1e-9 relative.</source>
        <translation>ENGINE: local (standart) üst-üstə qoymanı QGIS-də GEOS ilə edir; database bunu PostGIS-ə etdirir (hər giriş eyni verilənlər bazasının bir tam ədəd, mətn və ya uuid sütunundan ibarət birinci açarı olan PostGIS cədvəlidir): bütün girişlər bir tranzaksiyada oxunur, eyni təmizləmə qaydaları tətbiq olunur, sahələr WGS 84 sferoidində ölçülür və yalnız rəqəmlər və xəritələşdirilməmiş hissələr geri qayıdır; insidentlər yenə QGIS-də yerləşdirilir. Rəqəmlər yerli rəqəmlərlə 1e-9 nisbi dəqiqliklə eynidir.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_overlay.py" line="219"/>
        <source>overlay in the database</source>
        <translation>verilənlər bazasında üst-üstə qoyma</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="405"/>
        <source>{0}, record &apos;{1}&apos;, {2}: {3}</source>
        <translation>{0}, formulyar '{1}', {2}: {3}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="39"/>
        <source>row {0}: {1}: {2}</source>
        <translation>sətir {0}: {1}: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="95"/>
        <source>{0} cells but the header has {1}: a delimiter inside an unquoted value? Quote that value</source>
        <translation>{0} xana, başlıqda isə {1}: dırnaqsız dəyərin içində ayırıcı? Həmin dəyəri dırnaq içinə alın</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="181"/>
        <source>seq must be a whole number (got {0!r})</source>
        <translation>seq tam ədəd olmalıdır (verilib: {0!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="185"/>
        <source>missing bearing</source>
        <translation>azimut yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="190"/>
        <source>bearing {0!r} out of range for {1}</source>
        <translation>azimut {0!r} {1} üçün diapazondan kənardır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="193"/>
        <source>unreadable bearing: {0}</source>
        <translation>azimut oxunmur: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="195"/>
        <source>missing distance</source>
        <translation>məsafə yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="204"/>
        <source>leg_type {0!r} is not approach or perimeter</source>
        <translation>leg_type {0!r} nə approach, nə də perimeter deyil</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="214"/>
        <source>unreadable distance {0!r}</source>
        <translation>məsafə oxunmur: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="216"/>
        <source>negative distance {0!r}</source>
        <translation>mənfi məsafə {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="218"/>
        <source>distance must be &gt; 0 (got {0!r})</source>
        <translation>məsafə &gt; 0 olmalıdır (verilib: {0!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="220"/>
        <source>distance {0!r} is longer than 100 km</source>
        <translation>məsafə {0!r} 100 km-dən uzundur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="257"/>
        <source>missing record_id</source>
        <translation>record_id yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="267"/>
        <source>reference point differs from row {0}</source>
        <translation>istinad nöqtəsi {0} nömrəli sətirdəkindən fərqlidir</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="281"/>
        <source>no reference point (ref_x/ref_y or landmark)</source>
        <translation>istinad nöqtəsi yoxdur (ref_x/ref_y və ya landmark)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="307"/>
        <source>duplicate seq {0}</source>
        <translation>təkrarlanan seq {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="334"/>
        <source>approach leg after a perimeter leg</source>
        <translation>yaxınlaşma ayağı perimetr ayağından sonra gəlir</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="236"/>
        <source>{0} distinct vertices (needs {1})</source>
        <translation>{0} fərqli təpə (ən azı {1} lazımdır)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="248"/>
        <source>consecutive vertices {0:,.0f} m apart (&gt; {1:,.0f} m)</source>
        <translation>ardıcıl təpələr arasında {0:,.0f} m (&gt; {1:,.0f} m)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="263"/>
        <source>area {0:.3g} m² &lt; {1:g} m²</source>
        <translation>sahə {0:.3g} m² &lt; {1:g} m²</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="279"/>
        <source>same geometry as features {0}</source>
        <translation>{0} obyektləri ilə eyni həndəsə</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="294"/>
        <source>{0} repeats: {1}</source>
        <translation>{0} təkrarlanır: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="347"/>
        <source>geometry: {0}</source>
        <translation>həndəsə: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="383"/>
        <source>row {0} ({1})</source>
        <translation>sətir {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="36"/>
        <source>SYNTHETIC DEMO DATA — hazards, incidents and infrastructure are invented; never use this map for operations</source>
        <translation>SİNTETİK DEMO MƏLUMATLARI — təhlükəli ərazilər, insidentlər və infrastruktur uydurulmuşdur; bu xəritədən əməliyyatlar üçün heç vaxt istifadə etməyin</translation>
    </message>
    <message>
        <location filename="../plugin/engine/coverage.py" line="43"/>
        <source>Outside districts</source>
        <translation>Rayonlardan kənarda</translation>
    </message>
    <message>
        <location filename="../plugin/engine/coverage.py" line="44"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../plugin/engine/fieldfiles.py" line="75"/>
        <source>Coordinates: WGS 84; grid: WGS 84 / UTM zone {0} (EPSG:{1})</source>
        <translation>Koordinatlar: WGS 84; şəbəkə: WGS 84 / UTM zona {0} (EPSG:{1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="112"/>
        <source>&apos;{0}&apos; appears on features {1}</source>
        <translation>'{0}' {1} obyektlərində var</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="121"/>
        <source>{0} {1}; and {2} more repeated ids (ids differing only by spaces or case are the same id)</source>
        <translation>{0} {1}; və daha {2} təkrarlanan id (yalnız boşluqlar və ya hərf registri ilə fərqlənən id-lər eyni id sayılır)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="127"/>
        <source>{0} {1} (ids differing only by spaces or case are the same id)</source>
        <translation>{0} {1} (yalnız boşluqlar və ya hərf registri ilə fərqlənən id-lər eyni id sayılır)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="132"/>
        <source>{0} is NULL or blank on features {1}</source>
        <translation>{0} {1} obyektlərində NULL və ya boşdur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="234"/>
        <source>{0}, … ({1} in all)</source>
        <translation>{0}, … (cəmi {1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="237"/>
        <source>{0} and {1}</source>
        <translation>{0} və {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="39"/>
        <source>{0}: {1!r} not a number</source>
        <translation>{0}: {1!r} ədəd deyil</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="40"/>
        <source>{0}: {1!r} not a whole number</source>
        <translation>{0}: {1!r} tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="41"/>
        <source>{0}: {1!r} not a date</source>
        <translation>{0}: {1!r} tarix deyil</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="176"/>
        <source>{0}: {1!r} not in vocabulary {2}</source>
        <translation>{0}: {1!r} {2} lüğətində yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="253"/>
        <source>from {0}</source>
        <translation>{0} sahəsindən</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="255"/>
        <source>&apos;{0}&apos; as {1} is filled</source>
        <translation>{1} dolu olduğu üçün '{0}'</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="257"/>
        <source>sum of {0}</source>
        <translation>{0} cəmi</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="258"/>
        <source>polygon area</source>
        <translation>poliqonun sahəsi</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_vertices.py" line="44"/>
        <source>built from {0} vertex row, {1} part(s)</source>
        <translation>{0} təpə sətrindən qurulub, hissə sayı: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_vertices.py" line="44"/>
        <source>built from {0} vertex rows, {1} part(s)</source>
        <translation>{0} təpə sətrindən qurulub, hissə sayı: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_vertices.py" line="65"/>
        <source>row {0}: no coordinate pair ({1!r}, {2!r})</source>
        <translation>sətir {0}: koordinat cütü yoxdur ({1!r}, {2!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_vertices.py" line="69"/>
        <source>row {0}: order {1!r} not a number, put last</source>
        <translation>sətir {0}: sıra {1!r} ədəd deyil, sona qoyuldu</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="25"/>
        <source>point</source>
        <translation>nöqtə</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="26"/>
        <source>line</source>
        <translation>xətt</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="27"/>
        <source>polygon</source>
        <translation>poliqon</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="87"/>
        <source>{0} or {1}</source>
        <translation>{0} və ya {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="184"/>
        <source>{0} needs {1} geometry; this layer has {2}</source>
        <translation>{0} üçün həndəsə növü lazımdır: {1}; bu layda: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="201"/>
        <source>name has {0}</source>
        <translation>adında {0} var</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="205"/>
        <source>fields {0}</source>
        <translation>sahələr {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="210"/>
        <source>field {0} holds {1}</source>
        <translation>{0} sahəsində {1} var</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="213"/>
        <source>{0} geometry</source>
        <translation>həndəsə: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="22"/>
        <source>High: top third of scored parcels, {0} ({1})</source>
        <translation>Yüksək: qiymətləndirilmiş sahələrin yuxarı üçdə biri, {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="23"/>
        <source>Medium: middle third of scored parcels, {0} ({1})</source>
        <translation>Orta: qiymətləndirilmiş sahələrin orta üçdə biri, {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="24"/>
        <source>Low: bottom third of scored parcels, {0} ({1})</source>
        <translation>Aşağı: qiymətləndirilmiş sahələrin aşağı üçdə biri, {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="27"/>
        <source>High: {0}, thresholds set for the run ({1})</source>
        <translation>Yüksək: {0}, hədlər bu icra üçün təyin edilib ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="28"/>
        <source>Medium: {0}, thresholds set for the run ({1})</source>
        <translation>Orta: {0}, hədlər bu icra üçün təyin edilib ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="29"/>
        <source>Low: {0}, thresholds set for the run ({1})</source>
        <translation>Aşağı: {0}, hədlər bu icra üçün təyin edilib ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="32"/>
        <source>High: {0} ({1})</source>
        <translation>Yüksək: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="33"/>
        <source>Medium: {0} ({1})</source>
        <translation>Orta: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="34"/>
        <source>Low: {0} ({1})</source>
        <translation>Aşağı: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="38"/>
        <source>linear, 1 at 0 m to 0 at {0:g} m</source>
        <translation>xətti, 0 m-də 1-dən {0:g} m-də 0-a</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="39"/>
        <source>exponential, 0.5 at {0:g} m</source>
        <translation>eksponensial, {0:g} m-də 0.5</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="40"/>
        <source>gaussian, 0.5 at {0:g} m</source>
        <translation>qauss, {0:g} m-də 0.5</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="41"/>
        <source>step, 1 up to {0:g} m</source>
        <translation>pilləli, {0:g} m-ə qədər 1</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="89"/>
        <source>score ≥ {0}</source>
        <translation>bal ≥ {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="91"/>
        <source>{0} ≤ score &lt; {1}</source>
        <translation>{0} ≤ bal &lt; {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="93"/>
        <source>score &lt; {0}</source>
        <translation>bal &lt; {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="124"/>
        <source>Unknown: no geometry or no score ({0})</source>
        <translation>Naməlum: həndəsə və ya bal yoxdur ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="132"/>
        <source>Gated: fails the hard condition {0}, ranked last ({1})</source>
        <translation>Filtrdən keçməyən: {0} sərt şərtini ödəmir, sonda sıralanır ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="135"/>
        <source>Gated: fails the hard condition, ranked last ({0})</source>
        <translation>Filtrdən keçməyən: sərt şərti ödəmir, sonda sıralanır ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="142"/>
        <source>{0}, {1:g} m</source>
        <translation>{0}, {1:g} m</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="163"/>
        <source>{0} {1:.0f} % ({2})</source>
        <translation>{0} {1:.0f} % ({2})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="166"/>
        <source>weights from AHP pairwise comparison, CR {0:.3f}</source>
        <translation>çəkilər AHP cüt-cüt müqayisəsindən, CR {0:.3f}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="153"/>
        <source>the JSON</source>
        <translation>JSON mətni</translation>
    </message>
    <message>
        <location filename="../plugin/engine/team_sizing.py" line="165"/>
        <source>no number of teams finishes by {0} (the chains themselves are longer)</source>
        <translation>heç bir qrup sayı {0} tarixinədək bitirmir (zəncirlərin özləri daha uzundur)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/team_sizing.py" line="169"/>
        <source>teams needed to finish by {0}: {1}</source>
        <translation>{0} tarixinədək bitirmək üçün lazım olan qruplar: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/team_sizing.py" line="170"/>
        <source>Completion {0} is more than {1:g} years after the start {2} (MAX_YEARS); bottleneck: {3} ({4} teams, its last task ends on the completion date); {5}.</source>
        <translation>Başa çatma {0} başlanğıcdan ({2}) {1:g} ildən çox sonradır (MAX_YEARS); dar yer: {3} ({4} qrup, onun son tapşırığı başa çatma tarixində bitir); {5}.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan.py" line="21"/>
        <source>mechanical -&gt; manual: slope {0:.1f} &gt; {1:g} deg</source>
        <translation>mexaniki -&gt; əl ilə: meyillik {0:.1f} &gt; {1:g} dərəcə</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="232"/>
        <source>Could not load {0}</source>
        <translation>{0} yüklənə bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/extensions.py" line="30"/>
        <source>Could not install the desktop extension {0}</source>
        <translation>{0} masaüstü genişlənməsi quraşdırıla bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="77"/>
        <source>Saved role ignored: {0}</source>
        <translation>Saxlanılmış rol nəzərə alınmadı: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="88"/>
        <source>Style {0} not applied to {1}: {2}</source>
        <translation>{0} üslubu {1} layına tətbiq edilmədi: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="290"/>
        <source>parcel</source>
        <translation>sahə</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="290"/>
        <source>rank now</source>
        <translation>indiki yer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="290"/>
        <source>rank under B</source>
        <translation>B üzrə yer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="290"/>
        <source>change</source>
        <translation>dəyişiklik</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="154"/>
        <source>nothing was written to {0}</source>
        <translation>{0} faylına heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="305"/>
        <source>cannot open {0}: {1}</source>
        <translation>{0} açıla bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="306"/>
        <source>{0}: cannot start a transaction ({1})</source>
        <translation>{0}: tranzaksiya başladıla bilmir ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="307"/>
        <source>{0}: commit failed ({1})</source>
        <translation>{0}: tranzaksiya təsdiqlənmədi ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="308"/>
        <source>cannot delete the old table {0!r}: {1}</source>
        <translation>köhnə {0!r} cədvəli silinə bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="309"/>
        <source>cannot create table {0!r}: {1}</source>
        <translation>{0!r} cədvəli yaradıla bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="310"/>
        <source>cannot create field {0!r}</source>
        <translation>{0!r} sahəsi yaradıla bilmir</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="311"/>
        <source>cannot copy feature {0}: {1}</source>
        <translation>{0} obyekti köçürülə bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="312"/>
        <source>cannot write table {0!r}: {1}</source>
        <translation>{0!r} cədvəli yazıla bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="349"/>
        <source>no table {0!r} in {1}</source>
        <translation>{1} içində {0!r} cədvəli yoxdur</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="94"/>
        <source>Style {0} not embedded: {1}</source>
        <translation>{0} üslubu daxil edilmədi: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="101"/>
        <source>Layer metadata not written to {0}: {1}</source>
        <translation>Lay metaməlumatları {0} yerinə yazılmadı: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="163"/>
        <source>Could not open {0} to record the run</source>
        <translation>İcranı qeyd etmək üçün {0} açıla bilmədi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="31"/>
        <source>the project&apos;s saved scenarios</source>
        <translation>layihədə saxlanılmış ssenarilər</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="61"/>
        <source>the project&apos;s dock settings</source>
        <translation>layihənin panel parametrləri</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="34"/>
        <source>WKB ends at byte {0}, a count was expected at byte {1}</source>
        <translation>WKB {0} baytında bitir, {1} baytında say gözlənilirdi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="47"/>
        <source>byte {0}: byte order {1} is neither 0 nor 1</source>
        <translation>bayt {0}: bayt sırası {1} nə 0, nə də 1-dir</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="17"/>
        <source>WKB ends at byte {0}, a geometry was expected at byte {1}</source>
        <translation>WKB {0} baytında bitir, {1} baytında həndəsə gözlənilirdi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="18"/>
        <source>WKB ends at byte {0}, {1} points need bytes {2}-{3}</source>
        <translation>WKB {0} baytında bitir, {1} nöqtə üçün {2}-{3} baytları lazımdır</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="19"/>
        <source>unsupported WKB geometry type {0} (segmentize curves first)</source>
        <translation>dəstəklənməyən WKB həndəsə növü {0} (əvvəlcə əyriləri seqmentləşdirin)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="60"/>
        <source>unsupported WKB geometry type {0}</source>
        <translation>dəstəklənməyən WKB həndəsə növü {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/xlsx.py" line="102"/>
        <source>Clearance Planner (QGIS plugin)</source>
        <translation>Clearance Planner (QGIS plagini)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/xlsx.py" line="105"/>
        <source>areas in m² or ha (2 decimals), distances in m (0.1 m), scores 0.1, dates ISO 8601</source>
        <translation>sahələr m² və ya ha ilə (2 onluq rəqəm), məsafələr m ilə (0.1 m), ballar 0.1, tarixlər ISO 8601</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Point</source>
        <translation>Nöqtə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Easting (m)</source>
        <translation>Şərq koordinatı (m)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Northing (m)</source>
        <translation>Şimal koordinatı (m)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Latitude (°)</source>
        <translation>En (°)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Longitude (°)</source>
        <translation>Uzunluq (°)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Latitude (DMS)</source>
        <translation>En (DMS)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Longitude (DMS)</source>
        <translation>Uzunluq (DMS)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>MGRS (1 m)</source>
        <translation>MGRS (1 m)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="23"/>
        <source>not found</source>
        <translation>tapılmadı</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="24"/>
        <source>kept unmapped</source>
        <translation>uyğunlaşdırılmadan saxlanıldı</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="151"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="157"/>
        <source>(constant)</source>
        <translation>(sabit)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="160"/>
        <source>(rules only)</source>
        <translation>(yalnız qaydalar)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="161"/>
        <source>(none named)</source>
        <translation>(heç biri göstərilməyib)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="51"/>
        <source>undefined</source>
        <translation>təyin edilməyib</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="60"/>
        <source>{0} (SYNTHETIC demo data)</source>
        <translation>{0} (SİNTETİK demo məlumatları)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="62"/>
        <source>Scenario A</source>
        <translation>Ssenari A</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="63"/>
        <source>Scenario B</source>
        <translation>Ssenari B</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="66"/>
        <source>Kendall tau-b (ties kept)</source>
        <translation>Kendall tau-b (bərabərliklər saxlanılır)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="67"/>
        <source>Top K</source>
        <translation>İlk K</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="68"/>
        <source>Top-K overlap</source>
        <translation>İlk K üst-üstə düşmə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="68"/>
        <source>{0} of {1}</source>
        <translation>{1} üzrə {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="69"/>
        <source>Top-K share kept</source>
        <translation>İlk K-da qalanların payı</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="96"/>
        <source>Rank under A ({0})</source>
        <translation>A üzrə yer ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="97"/>
        <source>Rank under B ({0})</source>
        <translation>B üzrə yer ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="99"/>
        <source>{0} (SYNTHETIC data)</source>
        <translation>{0} (SİNTETİK məlumatlar)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="120"/>
        <source>Scenario comparison: {0} / {1}</source>
        <translation>Ssenarilərin müqayisəsi: {0} / {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="121"/>
        <source>Scenario comparison</source>
        <translation>Ssenarilərin müqayisəsi</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="123"/>
        <source>{0} — SYNTHETIC demo data</source>
        <translation>{0} — SİNTETİK demo məlumatları</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="124"/>
        <source>rank_change = rank under A − rank under B: positive means more urgent under B. Kendall tau-b compares the two priority orders with equal scores kept as ties (1 = same order, −1 = reversed).</source>
        <translation>rank_change = A üzrə yer − B üzrə yer: müsbət dəyər B üzrə daha təcili deməkdir. Kendall tau-b iki prioritet sırasını müqayisə edir, bərabər ballar bərabərlik kimi saxlanılır (1 = eyni sıra, −1 = tərs sıra).</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="129"/>
        <source>Rank under A and under B</source>
        <translation>A və B üzrə yerlər</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="130"/>
        <source>rank under A against rank under B</source>
        <translation>A üzrə yerə qarşı B üzrə yer</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="131"/>
        <source>Parcels that move most</source>
        <translation>Yerini ən çox dəyişən sahələr</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="268"/>
        <source>memory layer</source>
        <translation>yaddaşdakı lay</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="273"/>
        <source>layer &apos;{0}&apos; ({1})</source>
        <translation>'{0}' layı ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="219"/>
        <source>Dock: distances for {0} parcels, {1} criteria</source>
        <translation>Panel: {0} sahə və {1} meyar üçün məsafələr</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="397"/>
        <source>Dock: Save result runs clearance:prioritise with {0}</source>
        <translation>Panel: «Nəticəni saxla» clearance:prioritise alqoritmini {0} ilə işə salır</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="251"/>
        <source>Dock: Compare with {0} runs clearance:compare_scenarios</source>
        <translation>Panel: «{0} ilə müqayisə et» clearance:compare_scenarios alqoritmini işə salır</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="13"/>
        <source>linear</source>
        <translation>xətti</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="13"/>
        <source>exponential</source>
        <translation>eksponensial</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="13"/>
        <source>gaussian</source>
        <translation>qauss</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="13"/>
        <source>step</source>
        <translation>pilləli</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="32"/>
        <source>As the plugin (the language of QGIS)</source>
        <translation>Plaqindəki kimi (QGIS-in dili)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="26"/>
        <source>continued</source>
        <translation>davamı</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="27"/>
        <source>continued on the next page</source>
        <translation>davamı növbəti səhifədə</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="28"/>
        <source>Page {0} of {1}</source>
        <translation>Səhifə {0} / {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="29"/>
        <source>Created {0} with Clearance Planner {1}</source>
        <translation>{0} tarixində Clearance Planner {1} ilə yaradılıb</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="30"/>
        <source>+ {0} other districts: {1}</source>
        <translation>+ daha {0} rayon: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="133"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>High priority</source>
        <translation>Yüksək prioritet</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Medium priority</source>
        <translation>Orta prioritet</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Low priority</source>
        <translation>Aşağı prioritet</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Gated (hard condition)</source>
        <translation>Filtrdən keçməyən (sərt şərt)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Unknown (no geometry)</source>
        <translation>Naməlum (həndəsə yoxdur)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>100 (most urgent)</source>
        <translation>100 (ən təcili)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>0–25 % of hazard area mapped</source>
        <translation>təhlükəli ərazinin 0–25 %-i xəritədə</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>25–50 %</source>
        <translation>25–50 %</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>50–75 %</source>
        <translation>50–75 %</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>75–100 %</source>
        <translation>75–100 %</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>SHA – Open</source>
        <translation>ŞTƏ – açıq</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>SHA – Worked on</source>
        <translation>ŞTƏ – üzərində iş gedir</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>SHA – Closed</source>
        <translation>ŞTƏ – bağlanıb</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>CHA – Open</source>
        <translation>TTƏ – açıq</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>CHA – Worked on</source>
        <translation>TTƏ – üzərində iş gedir</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>CHA – Closed</source>
        <translation>TTƏ – bağlanıb</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Mine accident</source>
        <translation>Mina ilə bədbəxt hadisə</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>ERW accident</source>
        <translation>Müharibənin partlayıcı qalıqları ilə bədbəxt hadisə</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Demining accident</source>
        <translation>Minatəmizləmə zamanı bədbəxt hadisə</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Non-technical survey</source>
        <translation>Qeyri-texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Technical survey</source>
        <translation>Texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Manual clearance</source>
        <translation>Əl ilə təmizləmə</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Mechanical</source>
        <translation>Mexaniki</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Mine detection dogs</source>
        <translation>Minaaxtaran itlər</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Closed within tolerance</source>
        <translation>Yol verilən xəta daxilində qapanır</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Not closed</source>
        <translation>Qapanmır</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Missing legs</source>
        <translation>Çatışmayan tərəflər</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Self-intersecting</source>
        <translation>Özünü kəsən</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Up 50 places or more under B</source>
        <translation>B-də 50 və daha çox yer yuxarı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Up 10-49 places</source>
        <translation>10–49 yer yuxarı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Up 1-9 places</source>
        <translation>1–9 yer yuxarı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Same rank</source>
        <translation>Eyni yer</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Down 1-9 places</source>
        <translation>1–9 yer aşağı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Down 10-49 places</source>
        <translation>10–49 yer aşağı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Down 50 places or more under B</source>
        <translation>B-də 50 və daha çox yer aşağı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Stable top K (&gt;= 95 %)</source>
        <translation>Daimi ilk K-da (&gt;= 95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Usually (50–95 %)</source>
        <translation>Adətən (50–95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Sometimes (5–50 %)</source>
        <translation>Bəzən (5–50 %)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Rarely in the top K (&lt; 5 % of runs)</source>
        <translation>İlk K-da nadir hallarda (hesablamaların &lt; 5 %-i)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_distances.py" line="193"/>
        <source>count of the parcels</source>
        <translation>sahələrin sayı</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/gpkg_rows.py" line="118"/>
        <source>its rows were edited after they were read</source>
        <translation>onun sətirləri oxunduqdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/bulk_read.py" line="335"/>
        <source>Table &apos;{0}&apos; cannot be read any more: {1}</source>
        <translation>'{0}' cədvəli artıq oxuna bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_rows.py" line="65"/>
        <source>geometry column of {0}</source>
        <translation>{0} həndəsə sütunu</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_rows.py" line="151"/>
        <source>rows of {0}</source>
        <translation>{0} sətirləri</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_rows.py" line="153"/>
        <source>{0}: could not write its rows to PostGIS: {1}</source>
        <translation>{0}: sətirləri PostGIS-ə yazıla bilmədi: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="204"/>
        <source>{0}: PostgreSQL refused a batch of {1} features: {2}</source>
        <translation>{0}: PostgreSQL {1} obyektdən ibarət paketi qəbul etmədi: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="279"/>
        <source>spatial index of {0}</source>
        <translation>{0} məkan indeksi</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="313"/>
        <source>not a GeoPackage GDAL can open</source>
        <translation>GDAL-ın aça bildiyi GeoPackage deyil</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="371"/>
        <source>Could not replace the output: {0} (is it open in another program?)</source>
        <translation>Nəticə əvəz edilə bilmədi: {0} (başqa proqramda açıqdırmı?)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="151"/>
        <source>{0}: the field fid holds no integers, and the output format keeps fid for its own ids; written as {1}</source>
        <translation>{0}: fid sahəsində tam ədədlər yoxdur, çıxış formatı isə fid-i öz identifikatorları üçün saxlayır; sahə {1} adı ilə yazıldı</translation>
    </message>
</context>
</TS>
