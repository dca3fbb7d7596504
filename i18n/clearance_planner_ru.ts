<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="30"/>
        <source>no geometry</source>
        <translation>нет геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="301"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="302"/>
        <source>Layer &apos;{0}&apos; ({1}) holds {2}; {1} takes {3}. Choose a layer of {3}.</source>
        <translation>Слой '{0}' ({1}) содержит {2}; {1} принимает {3}. Выберите слой, содержащий {3}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="80"/>
        <source>Check geometry</source>
        <translation>Проверка геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="81"/>
        <source>Quality assurance</source>
        <translation>Контроль качества</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="94"/>
        <source>Layer to check</source>
        <translation>Проверяемый слой</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="100"/>
        <source>Longest allowed gap between consecutive vertices (m)</source>
        <translation>Наибольший допустимый разрыв между соседними вершинами (м)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="108"/>
        <source>Sliver: polygons smaller than (m²)</source>
        <translation>Осколок: полигоны меньше чем (м²)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="111"/>
        <source>Geometry problems</source>
        <translation>Проблемы геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="116"/>
        <source>Repaired geometries</source>
        <translation>Исправленные геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="125"/>
        <source>Number of geometry problems</source>
        <translation>Число проблем геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="136"/>
        <source>Layer &apos;{0}&apos; has no geometry.</source>
        <translation>Слой '{0}' не содержит геометрии.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="140"/>
        <source>Lengths and areas measured in {0}</source>
        <translation>Длины и площади измерены в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="155"/>
        <source>Problems: {0}</source>
        <translation>Проблемы: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="323"/>
        <source>outside the area of use of {0}</source>
        <translation>вне области применения {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="362"/>
        <source>empty or null geometry</source>
        <translation>пустая или NULL-геометрия</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="221"/>
        <source>repair gave another geometry type</source>
        <translation>исправление дало другой тип геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="173"/>
        <source>Coverage of contamination by records</source>
        <translation>Покрытие загрязнения формулярами</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="174"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="202"/>
        <source>Districts (polygons)</source>
        <translation>Районы (полигоны)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="205"/>
        <source>District name field</source>
        <translation>Поле названия района</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="212"/>
        <source>Minefield records (mapped polygons)</source>
        <translation>Формуляры минных полей (нанесённые полигоны)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="217"/>
        <source>Hazard areas SHA/CHA (polygons)</source>
        <translation>Опасные районы ПОР/ПдОР (полигоны)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="223"/>
        <source>Hazard type field (e.g. SHA/CHA)</source>
        <translation>Поле типа опасности (напр. SHA/CHA)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="231"/>
        <source>Incidents / accidents (points)</source>
        <translation>Инциденты / несчастные случаи (точки)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="238"/>
        <source>Incident date field</source>
        <translation>Поле даты инцидента</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="246"/>
        <source>Casualties field</source>
        <translation>Поле числа пострадавших</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="255"/>
        <source>Released / cleared land (polygons)</source>
        <translation>Высвобожденные / разминированные земли (полигоны)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="260"/>
        <source>Incidents from (date)</source>
        <translation>Инциденты с (дата)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="260"/>
        <source>Incidents up to (date)</source>
        <translation>Инциденты по (дата)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="226"/>
        <source>Coverage per district</source>
        <translation>Покрытие по районам</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="226"/>
        <source>Unmapped hazard (gaps)</source>
        <translation>Ненанесённая опасность (пробелы)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="281"/>
        <source>Coverage report (HTML)</source>
        <translation>Отчёт о покрытии (HTML)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="281"/>
        <source>HTML files (*.html)</source>
        <translation>Файлы HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="286"/>
        <source>Coverage report (PDF)</source>
        <translation>Отчёт о покрытии (PDF)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="434"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="325"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; ({2}); its fields are: {3}.</source>
        <translation>В слое '{0}' нет поля '{1}' ({2}); его поля: {3}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="337"/>
        <source>{0} is not a valid date (got {1}); use YYYY-MM-DD.</source>
        <translation>{0} — недопустимая дата (получено {1}); используйте ГГГГ-ММ-ДД (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="358"/>
        <source>Choose the district name field (DISTRICT_FIELD).</source>
        <translation>Выберите поле названия района (DISTRICT_FIELD).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="362"/>
        <source>DATE_FROM ({0}) is after DATE_TO ({1}).</source>
        <translation>DATE_FROM ({0}) позже DATE_TO ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="494"/>
        <source>HAZARD_TYPE_FIELD &apos;{0}&apos; of layer &apos;{1}&apos; has {2} distinct values; choose a category field such as hazard_type (SHA/CHA).</source>
        <translation>Поле HAZARD_TYPE_FIELD '{0}' слоя '{1}' имеет {2} различных значений; выберите поле категории, например hazard_type (SHA/CHA).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="518"/>
        <source>(no type)</source>
        <translation>(без типа)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="685"/>
        <source>Report written to {0}</source>
        <translation>Отчёт записан в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="658"/>
        <source>Mapped vs unmapped contamination per district.</source>
        <translation>Нанесённое и ненанесённое загрязнение по районам.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="658"/>
        <source>Hazard area outside every minefield record.</source>
        <translation>Опасная площадь вне всех формуляров минных полей.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="686"/>
        <source>PDF report written to {0}</source>
        <translation>Отчёт PDF записан в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="711"/>
        <source>Overlay in {0}; areas on the WGS 84 ellipsoid.</source>
        <translation>Наложение в {0}; площади на эллипсоиде WGS 84.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="714"/>
        <source>Layer &apos;{0}&apos; ({1}) reprojected to {2}.</source>
        <translation>Слой '{0}' ({1}) перепроецирован в {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="725"/>
        <source>not measured (counted in no district)</source>
        <translation>не измерено (не учтено ни в одном районе)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="732"/>
        <source>Layer &apos;{0}&apos;, feature {1}: empty {2}; named &apos;District {1}&apos;.</source>
        <translation>Слой '{0}', объект {1}: пустое {2}; назван 'District {1}'.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="738"/>
        <source>Layer &apos;{0}&apos;: several districts share the name(s) {1}; each feature keeps its own row.</source>
        <translation>Слой '{0}': несколько районов имеют одинаковые названия {1}; каждый объект сохраняет свою строку.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="750"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS) does not overlap any hazard of &apos;{1}&apos;, record of &apos;{2}&apos; or incident: check that the layers cover the same region and that their CRS is set correctly.</source>
        <translation>Слой '{0}' (DISTRICTS) не перекрывает ни одного опасного района из '{1}', формуляра из '{2}' или инцидента: проверьте, что слои покрывают один регион и их СК заданы верно.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="760"/>
        <source>Layer &apos;{0}&apos;: districts overlap ({1:.2f} ha counted in more than one district); district rows add up to more than the total.</source>
        <translation>Слой '{0}': районы перекрываются ({1:.2f} га учтено более чем в одном районе); сумма строк районов больше итога.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="768"/>
        <source>District rows differ from the total by {0:.3f} % ({1}).</source>
        <translation>Строки районов отличаются от итога на {0:.3f} % ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="798"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS) has no features.</source>
        <translation>Слой '{0}' (DISTRICTS) не содержит объектов.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="799"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS): none of its {1} features has a usable polygon (no geometry); choose the district boundaries layer.</source>
        <translation>Слой '{0}' (DISTRICTS): ни один из его {1} объектов не имеет пригодного полигона (нет геометрии); выберите слой границ районов.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="91"/>
        <source>Export for the field</source>
        <translation>Экспорт для полевых работ</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="166"/>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="119"/>
        <source>Work plan or clearance layer (polygons)</source>
        <translation>План работ или слой разминирования (полигоны)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="127"/>
        <source>Hazards shown on the atlas and packed</source>
        <translation>Опасные районы, показываемые в атласе и упаковываемые</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="127"/>
        <source>Settlements shown on the atlas and packed</source>
        <translation>Населённые пункты, показываемые в атласе и упаковываемые</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="139"/>
        <source>Formats</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="148"/>
        <source>Title on the atlas pages</source>
        <translation>Заголовок на страницах атласа</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="151"/>
        <source>UTM zone of the coordinates and grid, e.g. 38N (default: zone of the extent)</source>
        <translation>Зона UTM координат и сетки, напр. 38N (по умолчанию: зона охвата)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="159"/>
        <source>Replace an existing export folder</source>
        <translation>Заменить существующую папку экспорта</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="164"/>
        <source>Export folder</source>
        <translation>Папка экспорта</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="166"/>
        <source>{0} file</source>
        <translation>Файл {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="172"/>
        <source>Geometry problems (clearance:check_geometry)</source>
        <translation>Проблемы геометрии (clearance:check_geometry)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="189"/>
        <source>Layer &apos;{0}&apos; (INPUT) must be a polygon layer.</source>
        <translation>Слой '{0}' (INPUT) должен быть полигональным.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="193"/>
        <source>Layer &apos;{0}&apos; (INPUT) has no features.</source>
        <translation>Слой '{0}' (INPUT) не содержит объектов.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="220"/>
        <source>{0} geometry problem(s) in &apos;{1}&apos;: see {2} in the export folder.</source>
        <translation>Проблем геометрии в '{1}': {0}; см. {2} в папке экспорта.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="238"/>
        <source>FORMATS: choose at least one format.</source>
        <translation>FORMATS: выберите хотя бы один формат.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="242"/>
        <source>&apos;{0}&apos; exists and is not empty; set OVERWRITE to replace it.</source>
        <translation>'{0}' существует и не пуст; задайте OVERWRITE, чтобы заменить его.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="266"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="282"/>
        <source>UTM_ZONE: &apos;{0}&apos; is not a UTM zone; give its number (1-60) and hemisphere, e.g. 38N or 38S, or leave it empty for the zone of the plan&apos;s extent.</source>
        <translation>UTM_ZONE: '{0}' не является зоной UTM; укажите её номер (1-60) и полушарие, напр. 38N или 38S, или оставьте пустым для зоны охвата плана.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="301"/>
        <source>Coordinates in WGS 84 / UTM zone {0} (EPSG:{1}).</source>
        <translation>Координаты в WGS 84 / UTM зона {0} (EPSG:{1}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="349"/>
        <source>PDF atlas: {0} pages</source>
        <translation>Атлас PDF: {0} стр.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="374"/>
        <source>Layer &apos;{0}&apos; cannot be copied for the export ({1}): a feature has a coordinate QGIS cannot handle (infinite?). Run Check geometry on it and fix the features it lists.</source>
        <translation>Слой '{0}' нельзя скопировать для экспорта ({1}): у объекта координата, с которой QGIS не справляется (бесконечная?). Запустите на нём «Проверку геометрии» и исправьте перечисленные объекты.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="100"/>
        <source>Prioritise parcels</source>
        <translation>Приоритизация участков</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="114"/>
        <source>Class thresholds &quot;high,medium&quot; on the 0-100 score (default: terciles)</source>
        <translation>Пороги классов &quot;high,medium&quot; по шкале 0-100 (по умолчанию: терцили)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="122"/>
        <source>Surface raster for zonal statistics (mean/max per parcel)</source>
        <translation>Растр поверхности для зональной статистики (среднее/максимум по участку)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="416"/>
        <source>Prioritised parcels</source>
        <translation>Приоритизированные участки</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="145"/>
        <source>AHP consistency ratio (WEIGHTS_AHP)</source>
        <translation>Отношение согласованности МАИ (WEIGHTS_AHP)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="159"/>
        <source>CLASS_THRESHOLDS must be two numbers &quot;high,medium&quot;, e.g. &quot;60,30&quot; (got {0}).</source>
        <translation>CLASS_THRESHOLDS должны быть двумя числами &quot;high,medium&quot;, напр. &quot;60,30&quot; (получено {0}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="165"/>
        <source>CLASS_THRESHOLDS must satisfy 0 &lt;= medium &lt;= high &lt;= 100 (got {0}).</source>
        <translation>CLASS_THRESHOLDS должны удовлетворять 0 &lt;= medium &lt;= high &lt;= 100 (получено {0}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="216"/>
        <source>Clearance Planner priority scores of &apos;{0}&apos;.</source>
        <translation>Баллы приоритета Clearance Planner для '{0}'.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="283"/>
        <source>SURFACE_STATS raster &apos;{0}&apos; cannot be read: {1}</source>
        <translation>Растр SURFACE_STATS '{0}' не читается: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="50"/>
        <source>{0}: weight</source>
        <translation>{0}: вес</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="51"/>
        <source>{0}: decay</source>
        <translation>{0}: спад</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="57"/>
        <source>{0}: distance (m)</source>
        <translation>{0}: расстояние (м)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="81"/>
        <source>Prioritisation</source>
        <translation>Приоритизация</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="104"/>
        <source>Parcels to score (polygons)</source>
        <translation>Оцениваемые участки (полигоны)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="120"/>
        <source>Hard gate: parcels must satisfy (expression)</source>
        <translation>Жёсткий фильтр: участки должны удовлетворять (выражение)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="130"/>
        <source>AHP pairwise matrix replacing the weights, rows separated by &quot;;&quot; (criteria in layer order)</source>
        <translation>Матрица попарных сравнений МАИ вместо весов, строки разделены &quot;;&quot; (критерии в порядке слоёв)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="158"/>
        <source>{0} must be &gt;= 0 (got {1}).</source>
        <translation>{0} должно быть &gt;= 0 (получено {1}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="200"/>
        <source>Give at least one criterion layer: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE or INCIDENTS.</source>
        <translation>Задайте хотя бы один слой критерия: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE или INCIDENTS.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="352"/>
        <source>All weights of the given criteria are 0; give at least one weight &gt; 0.</source>
        <translation>Все веса заданных критериев равны 0; задайте хотя бы один вес &gt; 0.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="223"/>
        <source>it has {0} rows but {1} criterion layers are given ({2})</source>
        <translation>в ней {0} строк, но задано {1} слоёв критериев ({2})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="230"/>
        <source>WEIGHTS_AHP: {0}</source>
        <translation>WEIGHTS_AHP: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="232"/>
        <source>AHP weights ({0}): {1}; lambda_max {2:.4f}, CI {3:.4f}, CR {4:.4f}</source>
        <translation>Веса МАИ ({0}): {1}; lambda_max {2:.4f}, CI {3:.4f}, CR {4:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="242"/>
        <source>AHP consistency ratio {0:.3f} &gt; 0.10: the pairwise judgements are inconsistent; revise them.</source>
        <translation>Отношение согласованности МАИ {0:.3f} &gt; 0.10: попарные суждения несогласованы; пересмотрите их.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="280"/>
        <source>Layer &apos;{0}&apos; (PARCELS) must be a polygon layer; it has {1} geometries.</source>
        <translation>Слой '{0}' (PARCELS) должен быть полигональным; в нём геометрии типа {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="463"/>
        <source>Layer &apos;{0}&apos; (PARCELS) has no features.</source>
        <translation>Слой '{0}' (PARCELS) не содержит объектов.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="341"/>
        <source>Distances computed in {0}</source>
        <translation>Расстояния вычислены в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="466"/>
        <source>kept with NULL scores, class Unknown</source>
        <translation>сохранены с NULL-баллами, класс Unknown</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="241"/>
        <source>not used as {0}</source>
        <translation>не использовано как {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="452"/>
        <source>Nearest {0} for {1} parcels…</source>
        <translation>Ближайшие {0} для {1} участков…</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="507"/>
        <source>Layer &apos;{0}&apos; has no geometry: every parcel scores 0 on {1}.</source>
        <translation>Слой '{0}' не содержит геометрии: каждый участок получает 0 по {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="259"/>
        <source>Record accuracy</source>
        <translation>Точность формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="95"/>
        <source>Records</source>
        <translation>Формуляры</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="104"/>
        <source>Digitised minefield records</source>
        <translation>Оцифрованные формуляры минных полей</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="110"/>
        <source>District field of the records</source>
        <translation>Поле района формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="119"/>
        <source>Confirmed hazards / cleared land with finds</source>
        <translation>Подтверждённые опасные районы / земли, разминированные с находками</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="124"/>
        <source>Only confirmed polygons where (expression)</source>
        <translation>Только подтверждённые полигоны, где (выражение)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="132"/>
        <source>Incidents (points)</source>
        <translation>Инциденты (точки)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="140"/>
        <source>A record is accurate when this share of it is confirmed</source>
        <translation>Формуляр точен, если подтверждена такая его доля</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="155"/>
        <source>Record reliability by district</source>
        <translation>Надёжность формуляров по районам</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="182"/>
        <source>Areas and distances in {0}</source>
        <translation>Площади и расстояния в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="188"/>
        <source>kept with NULL results</source>
        <translation>сохранены с NULL-результатами</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="197"/>
        <source>not counted as confirmed</source>
        <translation>не учтены как подтверждённые</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="203"/>
        <source>not counted as incidents</source>
        <translation>не учтены как инциденты</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="233"/>
        <source>Overall: {0:.0%} of record area confirmed; {1} of {2} records accurate.</source>
        <translation>Итого: подтверждено {0:.0%} площади формуляров; точны {1} из {2} формуляров.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="259"/>
        <source>Share of each minefield record confirmed, and incidents outside it.</source>
        <translation>Подтверждённая доля каждого формуляра минного поля и инциденты вне его.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="277"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; (DISTRICT_FIELD).</source>
        <translation>В слое '{0}' нет поля '{1}' (DISTRICT_FIELD).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="61"/>
        <source>Degrees (360)</source>
        <translation>Градусы (360)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="61"/>
        <source>NATO mils (6400)</source>
        <translation>Тысячные НАТО (6400)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="61"/>
        <source>Warsaw-Pact mils (6000, e.g. 15-00)</source>
        <translation>Тысячные Варшавского договора (6000, напр. 15-00)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="61"/>
        <source>Grads (400)</source>
        <translation>Грады (400)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="94"/>
        <source>Minefield records from survey tables</source>
        <translation>Формуляры минных полей из таблиц обследования</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="119"/>
        <source>Record table (CSV, XLSX or any table layer)</source>
        <translation>Таблица формуляров (CSV, XLSX или любой табличный слой)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="134"/>
        <source>CRS of ref_x/ref_y (default WGS 84)</source>
        <translation>СК ref_x/ref_y (по умолчанию WGS 84)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="140"/>
        <source>Landmarks (points)</source>
        <translation>Ориентиры (точки)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="148"/>
        <source>Landmark name field</source>
        <translation>Поле названия ориентира</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="157"/>
        <source>Bearing unit</source>
        <translation>Единица азимута</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="162"/>
        <source>Bearings are relative to</source>
        <translation>Азимуты отсчитываются от</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="167"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation>Магнитное склонение (градусы, восток положителен)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="177"/>
        <source>Distance unit</source>
        <translation>Единица расстояния</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="182"/>
        <source>Pace length (m)</source>
        <translation>Длина шага (м)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="191"/>
        <source>Closed records (polygons; no: lines)</source>
        <translation>Замкнутые формуляры (полигоны; нет: линии)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="196"/>
        <source>Closure tolerance (m)</source>
        <translation>Допуск невязки (м)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="199"/>
        <source>Misclosure adjustment</source>
        <translation>Уравнивание невязки</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="105"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="199"/>
        <source>Bowditch (compass rule)</source>
        <translation>Боудич (правило компаса)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="207"/>
        <source>Output CRS (default: UTM of the first reference point)</source>
        <translation>СК результата (по умолчанию: UTM первой исходной точки)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="89"/>
        <source>Minefield records</source>
        <translation>Формуляры минных полей</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="254"/>
        <source>Turning points</source>
        <translation>Поворотные точки</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="224"/>
        <source>Record table errors</source>
        <translation>Ошибки таблицы формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="263"/>
        <source>Table &apos;{0}&apos;: column names taken from its first row.</source>
        <translation>Таблица '{0}': имена столбцов взяты из её первой строки.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="269"/>
        <source>Table &apos;{0}&apos; lacks the column(s) {1} (has: {2}).</source>
        <translation>В таблице '{0}' нет столбцов {1} (есть: {2}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="275"/>
        <source>Table &apos;{0}&apos; has no rows.</source>
        <translation>Таблица '{0}' не содержит строк.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="391"/>
        <source>Minefield records digitised from &apos;{0}&apos; by Clearance Planner.</source>
        <translation>Формуляры минных полей, оцифрованные Clearance Planner из '{0}'.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="404"/>
        <source>row {0}</source>
        <translation>строка {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="404"/>
        <source>record</source>
        <translation>формуляр</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="411"/>
        <source>Records by status: {0}</source>
        <translation>Формуляры по статусу: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="70"/>
        <source>Weight sensitivity of priorities</source>
        <translation>Чувствительность приоритетов к весам</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="213"/>
        <source>Rank sensitivity</source>
        <translation>Чувствительность рангов</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="89"/>
        <source>Perturbation</source>
        <translation>Возмущение</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="97"/>
        <source>Uniform: spread (+- %)</source>
        <translation>Uniform: разброс (+- %)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="98"/>
        <source>Dirichlet: concentration</source>
        <translation>Dirichlet: концентрация</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="101"/>
        <source>Number of runs</source>
        <translation>Число запусков</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="101"/>
        <source>Random seed</source>
        <translation>Начальное значение генератора</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="101"/>
        <source>Top K (report the probability of ranking in the top K)</source>
        <translation>Top K (выводить вероятность попадания в первые K)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="122"/>
        <source>Rank interval chart</source>
        <translation>Диаграмма интервалов рангов</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="367"/>
        <source>PNG files (*.png)</source>
        <translation>Файлы PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="131"/>
        <source>Parcels in the top K in at least 95 % of the runs</source>
        <translation>Участки в первых K не менее чем в 95 % запусков</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="141"/>
        <source>SPREAD must be below 100 % (got {0}).</source>
        <translation>SPREAD должен быть меньше 100 % (получено {0}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="166"/>
        <source>RUNS x parcels = {0} x {1} needs {2:.1f} GB for the rank matrix; use at most {3} runs.</source>
        <translation>RUNS x участки = {0} x {1} требует {2:.1f} ГБ для матрицы рангов; используйте не более {3} запусков.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="178"/>
        <source>Ranking {0} parcels {1} times…</source>
        <translation>Ранжирование {0} участков {1} раз…</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="192"/>
        <source>{0} of the top {1} parcels stay in the top {1} in at least 95 % of the runs.</source>
        <translation>{0} из первых {1} участков остаются в первых {1} не менее чем в 95 % запусков.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="213"/>
        <source>Clearance Planner weight sensitivity of the priorities of &apos;{0}&apos;.</source>
        <translation>Чувствительность приоритетов '{0}' к весам (Clearance Planner).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="53"/>
        <source>Priority surface: the clearance:prioritise score (0-100) for every cell of a grid over EXTENT, in CRS (projected, metres) with square cells of CELL_SIZE metres.

Criteria, weights, decays and distances are those of clearance:prioritise. The distance of a cell is measured from its centre to the nearest cell touched by a target (exact Euclidean distance transform), so it is within half a cell diagonal of the vector distance.

RASTER_CRITERIA: rasters (e.g. population density) resampled bilinearly onto the grid (reprojected when their CRS differs); higher value = more urgent. Each is normalised to 0-1 by its min-max, or by RASTER_RANGES &quot;low:high&quot; (one entry per raster, separated by &quot;;&quot;; &quot;auto&quot; for min-max), and weighted by RASTER_WEIGHTS (numbers separated by &quot;;&quot;; default 0.2 each). Raster nodata cells score 0 on that criterion.

MASK: polygons (e.g. hazards); cells whose centre is outside every polygon get nodata.

Output: a float32 GeoTIFF (tiled, DEFLATE, overviews, nodata -9999) with band 1 = priority_score, and with CRITERION_BANDS one 0-1 score band per criterion followed by one distance band (m) per vector criterion. A grid of more than MAX_CELLS cells is refused.</source>
        <translation>Поверхность приоритета: балл clearance:prioritise (0-100) для каждой ячейки сетки по EXTENT в CRS (проекционная, метры) с квадратными ячейками размером CELL_SIZE метров.

Критерии, веса, спады и расстояния — как в clearance:prioritise. Расстояние ячейки измеряется от её центра до ближайшей ячейки, которой касается цель (точное евклидово преобразование расстояний), поэтому оно отличается от векторного не более чем на половину диагонали ячейки.

RASTER_CRITERIA: растры (напр. плотность населения), билинейно пересчитанные на сетку (перепроецируются, если их СК отличается); большее значение = более срочно. Каждый нормируется к 0-1 по своему min-max или по RASTER_RANGES &quot;low:high&quot; (по одной записи на растр, через &quot;;&quot;; &quot;auto&quot; для min-max) и взвешивается RASTER_WEIGHTS (числа через &quot;;&quot;; по умолчанию 0.2 каждый). Ячейки nodata растра получают 0 по этому критерию.

MASK: полигоны (напр. опасные районы); ячейки, центр которых вне всех полигонов, получают nodata.

Результат: GeoTIFF float32 (тайлы, DEFLATE, обзоры, nodata -9999) с каналом 1 = priority_score, а с CRITERION_BANDS — по одному каналу балла 0-1 на критерий, затем по одному каналу расстояния (м) на векторный критерий. Сетка более чем из MAX_CELLS ячеек отклоняется.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="80"/>
        <source>Priority surface (raster)</source>
        <translation>Поверхность приоритета (растр)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="95"/>
        <source>Extent</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="96"/>
        <source>CRS of the surface (projected, metres)</source>
        <translation>СК поверхности (проекционная, метры)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="99"/>
        <source>Cell size (m)</source>
        <translation>Размер ячейки (м)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="101"/>
        <source>Mask polygons (cells outside get nodata)</source>
        <translation>Полигоны маски (ячейки вне них получают nodata)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="109"/>
        <source>Raster criteria (higher value = more urgent)</source>
        <translation>Растровые критерии (большее значение = более срочно)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="117"/>
        <source>Raster criteria: weights &quot;w1;w2;…&quot; (default 0.2 each)</source>
        <translation>Растровые критерии: веса &quot;w1;w2;…&quot; (по умолчанию 0.2 каждый)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="124"/>
        <source>Raster criteria: ranges &quot;low:high;auto;…&quot; (auto = min-max)</source>
        <translation>Растровые критерии: диапазоны &quot;low:high;auto;…&quot; (auto = min-max)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="131"/>
        <source>Add per-criterion score and distance bands</source>
        <translation>Добавить каналы балла и расстояния по каждому критерию</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="136"/>
        <source>Maximum number of cells</source>
        <translation>Максимальное число ячеек</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="143"/>
        <source>Tile size in cells (0 = automatic)</source>
        <translation>Размер тайла в ячейках (0 = автоматически)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="398"/>
        <source>Priority surface</source>
        <translation>Поверхность приоритета</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="181"/>
        <source>CRS is not a valid coordinate reference system.</source>
        <translation>CRS не является допустимой системой координат.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="183"/>
        <source>CRS {0} is not projected in metres; cell sizes and distances need metres. Choose a projected CRS such as the WGS 84 / UTM zone of the area (e.g. EPSG:32638 for 42°E–48°E north).</source>
        <translation>СК {0} не является проекционной в метрах; размеры ячеек и расстояния требуют метров. Выберите проекционную СК, например зону WGS 84 / UTM района (напр. EPSG:32638 для 42°E–48°E, север).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="196"/>
        <source>EXTENT has a NaN or infinite coordinate ({0}) in {1}; give a finite extent (e.g. from a layer) in the CRS of the surface.</source>
        <translation>EXTENT содержит координату NaN или бесконечную ({0}) в {1}; задайте конечный охват (напр. по слою) в СК поверхности.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="203"/>
        <source>EXTENT is empty; give an extent with an area.</source>
        <translation>EXTENT пуст; задайте охват с площадью.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="206"/>
        <source>CELL_SIZE must be a finite number &gt; 0 metres (got {0}).</source>
        <translation>CELL_SIZE должен быть конечным числом &gt; 0 метров (получено {0}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="211"/>
        <source>MAX_CELLS must be at least 1 (got {0}); it caps the size of the grid.</source>
        <translation>MAX_CELLS должно быть не меньше 1 (получено {0}); оно ограничивает размер сетки.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="218"/>
        <source>A {0} m cell gives {1} × {2} = {3:,} cells, more than MAX_CELLS ({4:,}). Use a cell size of at least {5:.0f} m or a smaller EXTENT; to run it anyway, raise MAX_CELLS (advanced parameters) to {3:,}.</source>
        <translation>Ячейка {0} м даёт {1} × {2} = {3:,} ячеек, больше MAX_CELLS ({4:,}). Используйте размер ячейки не меньше {5:.0f} м или меньший EXTENT; чтобы всё же выполнить расчёт, увеличьте MAX_CELLS (дополнительные параметры) до {3:,}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="245"/>
        <source>{0}_WEIGHT and {0}_DISTANCE must be &gt;= 0.</source>
        <translation>{0}_WEIGHT и {0}_DISTANCE должны быть &gt;= 0.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="249"/>
        <source>Layer &apos;{0}&apos; has no geometry: every cell scores 0 on {1}.</source>
        <translation>Слой '{0}' не содержит геометрии: каждая ячейка получает 0 по {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="260"/>
        <source>{0} has {1} entries but RASTER_CRITERIA has {2} rasters.</source>
        <translation>{0} содержит {1} записей, а RASTER_CRITERIA — {2} растров.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="285"/>
        <source>Raster &apos;{0}&apos; is not a file GDAL can read ({1}).</source>
        <translation>Растр '{0}' не является файлом, читаемым GDAL ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="291"/>
        <source>RASTER_WEIGHTS entry {0} is not a number: {1!r}</source>
        <translation>Запись RASTER_WEIGHTS {0} не является числом: {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="295"/>
        <source>RASTER_WEIGHTS must be &gt;= 0.</source>
        <translation>RASTER_WEIGHTS должны быть &gt;= 0.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="298"/>
        <source>Raster &apos;{0}&apos; has no coordinate reference system.</source>
        <translation>У растра '{0}' нет системы координат.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="301"/>
        <source>Raster &apos;{0}&apos;: normalised over [{1:g}, {2:g}], weight {3:g}</source>
        <translation>Растр '{0}': нормирован по [{1:g}, {2:g}], вес {3:g}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="313"/>
        <source>Raster &apos;{0}&apos; has no valid (non-nodata) cells.</source>
        <translation>В растре '{0}' нет допустимых (не nodata) ячеек.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="320"/>
        <source>RASTER_RANGES entry {0} must be &quot;low:high&quot; or &quot;auto&quot; (got {1!r}).</source>
        <translation>Запись RASTER_RANGES {0} должна быть &quot;low:high&quot; или &quot;auto&quot; (получено {1!r}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="326"/>
        <source>RASTER_RANGES entry {0}: high must be &gt; low (got {1!r}).</source>
        <translation>Запись RASTER_RANGES {0}: high должно быть &gt; low (получено {1!r}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="336"/>
        <source>OUTPUT must be a GeoTIFF file (.tif); got &apos;{0}&apos;.</source>
        <translation>OUTPUT должен быть файлом GeoTIFF (.tif); получено '{0}'.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="344"/>
        <source>Give at least one criterion: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE, INCIDENTS or RASTER_CRITERIA.</source>
        <translation>Задайте хотя бы один критерий: SETTLEMENTS, CEMETERIES, INFRASTRUCTURE, INCIDENTS или RASTER_CRITERIA.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="364"/>
        <source>Grid {0} × {1} cells of {2:g} m in {3}</source>
        <translation>Сетка {0} × {1} ячеек по {2:g} м в {3}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="398"/>
        <source>Clearance Planner priority score per {0:g} m cell.</source>
        <translation>Балл приоритета Clearance Planner на ячейку {0:g} м.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="403"/>
        <source>Score over {0:,} valid cells: min {1:.1f}, mean {2:.1f}, max {3:.1f}</source>
        <translation>Балл по {0:,} допустимым ячейкам: мин. {1:.1f}, среднее {2:.1f}, макс. {3:.1f}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="452"/>
        <source>At {0:g} m cells the distances of the criteria reach {1:,} cells beyond each tile, more than the memory of one tile allows. Use a CELL_SIZE of at least {2:.1f} m or shorter distances (exponential and gaussian decays reach about 20 and 4.5 × their DISTANCE).</source>
        <translation>При ячейках {0:g} м расстояния критериев выходят на {1:,} ячеек за каждый тайл, больше, чем позволяет память одного тайла. Используйте CELL_SIZE не меньше {2:.1f} м или меньшие расстояния (экспоненциальный и гауссов спады достигают примерно 20 и 4.5 × своего DISTANCE).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="467"/>
        <source>Layer &apos;{0}&apos; (MASK) must be a polygon layer.</source>
        <translation>Слой '{0}' (MASK) должен быть полигональным.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="471"/>
        <source>not part of the mask</source>
        <translation>не входит в маску</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="474"/>
        <source>Layer &apos;{0}&apos; (MASK) has no polygons: every cell would be nodata.</source>
        <translation>В слое '{0}' (MASK) нет полигонов: все ячейки стали бы nodata.</translation>
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
        <translation>Превращает приоритизированные полигоны (напр. результат «Приоритизации участков») в задачи с датами.

Задачи: каждый участок или, с MAX_TASK_HA, участок, разрезанный квадратной сеткой ячеек такой площади (сначала северный ряд; parent_id хранит идентификатор участка). Метод из METHOD_FIELD (manual, mechanical, mdd, technical_survey, non_technical_survey) или DEFAULT_METHOD.

Трудоёмкость (групп-дней) = площадь / PRODUCTIVITY (м² на группу за рабочий день; по умолчанию: manual 240 = 30 м² на сапёра x 8 сапёров, mdd 400 на пару собак, mechanical 2 500 на машину; нормы обследования — допущения с низкой достоверностью; подходит и путь к CSV со столбцами method,default,low,high). Диапазон: low = площадь x (1 - EXPECTED_REDUCTION) / высокая норма (обследование высвобождает часть земель до разминирования), high = площадь / низкая норма.

График: задачи в порядке PRIORITY_FIELD (меньшие раньше); каждая достаётся первой освободившейся группе своего метода (при равенстве — с наименьшим номером) и занимает ceil(трудоёмкость) полных рабочих дней от START_DATE по WORK_DAYS, пропуская HOLIDAYS (&quot;2027-01-01,2027-03-20&quot;) и, для сезонных задач, NO_WORK_MONTHS (&quot;12,1,2&quot;). Сезонные задачи: выше HIGHLAND_M по ЦМР и те, у которых SEASON_FIELD истинно; без ЦМР и SEASON_FIELD — все задачи. По ЦМР механизированные задачи круче MAX_MECH_SLOPE переходят на ручной метод.

Высвобождение земель (LAND_RELEASE, по умолчанию включено; IMAS 07.11): каждый участок становится цепочкой шагов, каждый со своим типом группы и начинающийся после окончания предыдущего: нетехническое обследование (nts) всей площади, техническое обследование (ts) того, что НТО не аннулирует (CANCEL_SHARE), и разминирование методом участка того, что ТО не сокращает (REDUCE_SHARE). ПдОР (CHA; TYPE_FIELD, по умолчанию hazard_type) пропускают НТО; метод обследования завершает цепочку своим обследованием. Доли по умолчанию — плановые допущения по Боснии и Герцеговине 2017 г. (Landmine Monitor 2018: из 5,23 км² высвобожденных 2,45 аннулировано, 2,48 сокращено, 0,30 разминировано): аннулирование SHA 0.47, сокращение ТО 0.89. CANCEL_FIELD / REDUCE_FIELD переопределяют их для каждого участка; при обоих пустых текстах долей EXPECTED_REDUCTION — одна общая доля. release_cancelled_m2, release_reduced_m2 и release_cleared_m2 шагов участка в сумме дают его площадь. Названия районов берутся из DISTRICT_FIELD (по умолчанию district, иначе name).

TARGET_DATE: TEAMS_NEEDED перечисляет по каждому методу наименьшее число групп, завершающих все задачи к этой дате, найденное повторным расчётом графика. Если завершение дальше MAX_YEARS, предупреждение называет узкое место.

Ход работ: с STATUS_FIELD слой PARCELS — более ранний OUTPUT этого алгоритма; задачи со статусом done сохраняют даты и группы, ongoing сохраняют группу и завершаются первыми за оставшиеся рабочие дни, остальное перепланируется с AS_OF (очерёдность сохраняется).

Результаты: задачи OUTPUT (в метрической СК), GANTT (PNG) и SUMMARY (итоги по методам и районам; строка (all)/(all) содержит прогнозную дату завершения).

Ничего не теряется: недопустимые участки исправляются (makeValid); участок без пригодного полигона (нет геометрии, координаты NaN, нет площади) сохраняет одну строку OUTPUT без геометрии, дат и трудоёмкости, её plan_status объясняет причину; SUMMARY учитывает такие в not_planned.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="655"/>
        <source>Work plan</source>
        <translation>План работ</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="211"/>
        <source>Prioritised parcels (polygons)</source>
        <translation>Приоритизированные участки (полигоны)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="218"/>
        <source>Priority field (lower = earlier)</source>
        <translation>Поле приоритета (меньше = раньше)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="218"/>
        <source>Method field</source>
        <translation>Поле метода</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="218"/>
        <source>Seasonal field (true = follows NO_WORK_MONTHS)</source>
        <translation>Поле сезонности (true = подчиняется NO_WORK_MONTHS)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="246"/>
        <source>Default method</source>
        <translation>Метод по умолчанию</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="254"/>
        <source>Productivity (m² per team per working day; rows override defaults)</source>
        <translation>Производительность (м² на группу за рабочий день; строки переопределяют значения по умолчанию)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="264"/>
        <source>Expected share released by survey (0-1)</source>
        <translation>Ожидаемая доля, высвобождаемая обследованием (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="269"/>
        <source>Teams per method (method:count,...)</source>
        <translation>Групп на метод (method:count,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="274"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="282"/>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="291"/>
        <source>Holidays (YYYY-MM-DD,...)</source>
        <translation>Праздники (YYYY-MM-DD,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="291"/>
        <source>No-work months of seasonal tasks (1-12,...)</source>
        <translation>Нерабочие месяцы сезонных задач (1-12,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="291"/>
        <source>Cost in US$ per m² (method:cost,...)</source>
        <translation>Стоимость в долл. США за м² (method:cost,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="303"/>
        <source>Split parcels larger than (ha; 0 = no)</source>
        <translation>Делить участки больше чем (га; 0 = нет)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="306"/>
        <source>Elevation model (DEM)</source>
        <translation>Цифровая модель рельефа (ЦМР)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="309"/>
        <source>Highland above (m): seasonal</source>
        <translation>Высокогорье выше (м): сезонно</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="312"/>
        <source>Max slope for machines (°)</source>
        <translation>Максимальный уклон для машин (°)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="98"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="323"/>
        <source>District name field (default: district, else name)</source>
        <translation>Поле названия района (по умолчанию: district, иначе name)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="334"/>
        <source>Target date: teams needed to finish by it (TEAMS_NEEDED)</source>
        <translation>Целевая дата: группы, нужные для завершения к ней (TEAMS_NEEDED)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="342"/>
        <source>Warn when completion is more years away</source>
        <translation>Предупреждать, если завершение дальше стольких лет</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="345"/>
        <source>Progress field of an earlier plan (done, ongoing; else planned)</source>
        <translation>Поле хода работ прежнего плана (done, ongoing; иначе planned)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="354"/>
        <source>Re-plan as of (with STATUS_FIELD)</source>
        <translation>Перепланировать на дату (с STATUS_FIELD)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="362"/>
        <source>Work plan tasks</source>
        <translation>Задачи плана работ</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="367"/>
        <source>Gantt chart</source>
        <translation>Диаграмма Ганта</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="372"/>
        <source>Work plan summary</source>
        <translation>Сводка плана работ</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="377"/>
        <source>Teams needed by the target date</source>
        <translation>Группы, нужные к целевой дате</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="406"/>
        <source>Land release: NTS, then TS, then clearance of what is left</source>
        <translation>Высвобождение земель: НТО, затем ТО, затем разминирование оставшегося</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="413"/>
        <source>Hazard type field SHA/CHA (default: hazard_type)</source>
        <translation>Поле типа опасности SHA/CHA (по умолчанию: hazard_type)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="413"/>
        <source>Per-parcel share NTS cancels (0-1)</source>
        <translation>Доля участка, аннулируемая НТО (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="413"/>
        <source>Per-parcel share TS reduces (0-1)</source>
        <translation>Доля участка, сокращаемая ТО (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="433"/>
        <source>Share NTS cancels (type:share,...)</source>
        <translation>Доля, аннулируемая НТО (type:share,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="433"/>
        <source>Share TS reduces (type:share,...)</source>
        <translation>Доля, сокращаемая ТО (type:share,...)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="459"/>
        <source>Layer &apos;{0}&apos; (PARCELS) must be a polygon layer.</source>
        <translation>Слой '{0}' (PARCELS) должен быть полигональным.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="471"/>
        <source>{0} must name a field.</source>
        <translation>{0} должно быть именем поля.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="475"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; ({2}); its fields: {3}.</source>
        <translation>В слое '{0}' нет поля '{1}' ({2}); его поля: {3}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="526"/>
        <source>Land release: NTS cancels {0}, TS reduces {1} ({2})</source>
        <translation>Высвобождение земель: НТО аннулирует {0}, ТО сокращает {1} ({2})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="534"/>
        <source>EXPECTED_REDUCTION {0} is not used: CANCEL_SHARE / REDUCE_SHARE are given. Clear both to plan with one combined share.</source>
        <translation>EXPECTED_REDUCTION {0} не используется: заданы CANCEL_SHARE / REDUCE_SHARE. Очистите оба, чтобы планировать по одной общей доле.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="555"/>
        <source>Areas and task grid in {0}</source>
        <translation>Площади и сетка задач в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="569"/>
        <source>{0} task areas from {1} parcels; {2} parcels not planned</source>
        <translation>{0} участков задач из {1} участков; не запланировано участков: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="632"/>
        <source>Layer &apos;{0}&apos;: {1}</source>
        <translation>Слой '{0}': {1}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="607"/>
        <source>STATUS_FIELD needs AS_OF: the date to re-plan from.</source>
        <translation>STATUS_FIELD требует AS_OF: даты, с которой перепланировать.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="613"/>
        <source>Re-planning {0} tasks as of {1}: {2} done, {3} ongoing</source>
        <translation>Перепланирование {0} задач на {1}: {2} выполнено, {3} в работе</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="655"/>
        <source>Clearance Planner work plan of &apos;{0}&apos;.</source>
        <translation>План работ Clearance Planner для '{0}'.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="667"/>
        <source>TEAMS_NEEDED needs a TARGET_DATE: give the date to finish by.</source>
        <translation>TEAMS_NEEDED требует TARGET_DATE: задайте дату завершения.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="710"/>
        <source>Teams needed by {0}: re-running the schedule</source>
        <translation>Группы, нужные к {0}: повторный расчёт графика</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="713"/>
        <source>TARGET_DATE {0}: no number of teams finishes every task by then.</source>
        <translation>TARGET_DATE {0}: никакое число групп не завершает все задачи к этому сроку.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="721"/>
        <source>Sampling DEM {0}</source>
        <translation>Выборка значений ЦМР {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/land_release.py" line="35"/>
        <source>planning assumption from Bosnia and Herzegovina 2017 (Landmine Monitor 2018: of 5.23 km² released 2.45 cancelled, 2.48 reduced, 0.30 cleared)</source>
        <translation>плановое допущение по Боснии и Герцеговине 2017 г. (Landmine Monitor 2018: из 5,23 км² высвобожденных 2,45 аннулировано, 2,48 сокращено, 0,30 разминировано)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Settlements</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Cemeteries</source>
        <translation>Кладбища</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Planned infrastructure</source>
        <translation>Планируемая инфраструктура</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Incidents (accidents)</source>
        <translation>Инциденты (несчастные случаи)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="33"/>
        <source>Weights by pairwise comparison (AHP)</source>
        <translation>Веса попарным сравнением (МАИ)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="39"/>
        <source>How much more important is the row criterion than the column criterion? Saaty scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/k the reverse. Weights are the principal eigenvector; CR above 0.10 means the judgements contradict each other.</source>
        <translation>Насколько критерий строки важнее критерия столбца? Шкала Саати: 1 равно, 3 умеренно, 5 сильно, 7 очень сильно, 9 крайне; 1/k — обратное. Веса — главный собственный вектор; CR выше 0.10 означает, что суждения противоречат друг другу.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="103"/>
        <source>Weights: {0}. λmax {1:.3f}, CR {2:.3f}</source>
        <translation>Веса: {0}. λmax {1:.3f}, CR {2:.3f}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ahp_dialog.py" line="107"/>
        <source> — CR &gt; 0.10: the judgements are inconsistent, please revise them.</source>
        <translation> — CR &gt; 0.10: суждения несогласованы, пересмотрите их.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="74"/>
        <source>distance (km)</source>
        <translation>расстояние (км)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="75"/>
        <source>criterion score</source>
        <translation>балл критерия</translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="80"/>
        <source>priority score</source>
        <translation>балл приоритета</translation>
    </message>
    <message>
        <location filename="../plugin/gui/charts.py" line="81"/>
        <source>parcels</source>
        <translation>участки</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="77"/>
        <source>Coverage report</source>
        <translation>Отчёт о покрытии</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>District name</source>
        <translation>Название района</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>Hazards (SHA/CHA)</source>
        <translation>Опасные районы (ПОР/ПдОР)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>Hazard type (optional)</source>
        <translation>Тип опасности (необязательно)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="215"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>Date (optional)</source>
        <translation>Дата (необязательно)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="87"/>
        <source>Released land (optional)</source>
        <translation>Высвобожденные земли (необязательно)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="111"/>
        <source>Casualties (optional)</source>
        <translation>Пострадавшие (необязательно)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="128"/>
        <source>Output folder</source>
        <translation>Папка результатов</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="129"/>
        <source>Also write a PDF report</source>
        <translation>Также записать отчёт PDF</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="197"/>
        <source>Coverage report…</source>
        <translation>Отчёт о покрытии…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="216"/>
        <source>Coverage report failed: {0}</source>
        <translation>Не удалось создать отчёт о покрытии: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="216"/>
        <source>cancelled, or see the log</source>
        <translation>отменено, или см. журнал</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="239"/>
        <source>Coverage report written to {0}</source>
        <translation>Отчёт о покрытии записан в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/criterion_row.py" line="47"/>
        <source>Weight (normalised over the criteria used)</source>
        <translation>Вес (нормируется по используемым критериям)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/criterion_row.py" line="48"/>
        <source>Decay: how the score falls with distance</source>
        <translation>Спад: как балл падает с расстоянием</translation>
    </message>
    <message>
        <location filename="../plugin/gui/criterion_row.py" line="49"/>
        <source>linear: score 0 at this distance; exponential/gaussian: score 0.5; step: score 1 up to it</source>
        <translation>linear: балл 0 на этом расстоянии; exponential/gaussian: балл 0.5; step: балл 1 до него</translation>
    </message>
    <message>
        <location filename="../plugin/gui/distances.py" line="94"/>
        <source>the gate</source>
        <translation>фильтр</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="41"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="42"/>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="64"/>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="83"/>
        <source>optional hard gate, e.g. {0}</source>
        <translation>необязательный жёсткий фильтр, напр. {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="84"/>
        <source>Gate</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="95"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="95"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="95"/>
        <source>Decay</source>
        <translation>Спад</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="95"/>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="145"/>
        <source>Compute distances</source>
        <translation>Вычислить расстояния</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="146"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="148"/>
        <source>AHP…</source>
        <translation>МАИ…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="149"/>
        <source>Sensitivity…</source>
        <translation>Чувствительность…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="150"/>
        <source>Save result…</source>
        <translation>Сохранить результат…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="40"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: rank {1} of {2}, score {3:.1f}, class {4}{5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: ранг {1} из {2}, балл {3:.1f}, класс {4}{5}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="40"/>
        <source> (fails the gate, ranked after all open parcels)</source>
        <translation> (не проходит фильтр, ранжируется после всех открытых участков)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="56"/>
        <source>Score = sum of points (weight × criterion score × 100).</source>
        <translation>Балл = сумма очков (вес × балл критерия × 100).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="29"/>
        <source>Clearance layers</source>
        <translation>Слои разминирования</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="37"/>
        <source>Add clearance layers</source>
        <translation>Добавить слои разминирования</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="43"/>
        <source>Choose a GeoPackage and/or project layers for each role.</source>
        <translation>Выберите GeoPackage и/или слои проекта для каждой роли.</translation>
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
        <translation>Группа слоёв</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="88"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="90"/>
        <source>GeoPackage: {0}</source>
        <translation>GeoPackage: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="168"/>
        <source>Load demo project</source>
        <translation>Загрузить демо-проект</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="169"/>
        <source>Add clearance layers…</source>
        <translation>Добавить слои разминирования…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="171"/>
        <source>Could not load the demo project</source>
        <translation>Не удалось загрузить демо-проект</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="175"/>
        <source>Demo layers added (hazards and records are SYNTHETIC).</source>
        <translation>Демо-слои добавлены (опасные районы и формуляры СИНТЕТИЧЕСКИЕ).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="181"/>
        <source>Could not add the clearance layers</source>
        <translation>Не удалось добавить слои разминирования</translation>
    </message>
    <message>
        <location filename="../plugin/gui/live_layer.py" line="27"/>
        <source>Live priority (dock, not saved)</source>
        <translation>Текущий приоритет (панель, не сохранён)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="43"/>
        <source>Clearance Planner</source>
        <translation>Clearance Planner</translation>
    </message>
    <message>
        <location filename="../plugin/gui/messages.py" line="25"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="41"/>
        <source>Choose the layers, then Compute distances.</source>
        <translation>Выберите слои, затем «Вычислить расстояния».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="48"/>
        <source>Clearance prioritisation</source>
        <translation>Приоритизация разминирования</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="182"/>
        <source>Layers changed: Compute distances again.</source>
        <translation>Слои изменились: вычислите расстояния заново.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="202"/>
        <source>Could not compute the distances</source>
        <translation>Не удалось вычислить расстояния</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="242"/>
        <source>choose a parcels layer and at least one criterion layer</source>
        <translation>выберите слой участков и хотя бы один слой критерия</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="218"/>
        <source>Computing distances for {0} parcels…</source>
        <translation>Вычисление расстояний для {0} участков…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="220"/>
        <source>Clearance Planner: distances</source>
        <translation>Clearance Planner: расстояния</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="240"/>
        <source>Distance computation failed</source>
        <translation>Вычисление расстояний не удалось</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="241"/>
        <source>Distance computation cancelled.</source>
        <translation>Вычисление расстояний отменено.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="252"/>
        <source>Could not create the live map layer</source>
        <translation>Не удалось создать текущий слой карты</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="274"/>
        <source>Could not re-score the parcels</source>
        <translation>Не удалось пересчитать баллы участков</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="284"/>
        <source>All weights are 0: give at least one weight &gt; 0.</source>
        <translation>Все веса равны 0: задайте хотя бы один вес &gt; 0.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="299"/>
        <source>{0} parcels ranked; normalised weights: {1}</source>
        <translation>Ранжировано участков: {0}; нормированные веса: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="341"/>
        <source>Could not apply the AHP weights</source>
        <translation>Не удалось применить веса МАИ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="384"/>
        <source>Could not save the result</source>
        <translation>Не удалось сохранить результат</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="389"/>
        <source>compute the distances first</source>
        <translation>сначала вычислите расстояния</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="391"/>
        <source>Save prioritised parcels</source>
        <translation>Сохранить приоритизированные участки</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="409"/>
        <source>Saving the prioritised parcels failed</source>
        <translation>Сохранение приоритизированных участков не удалось</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="421"/>
        <source>Prioritised parcels saved to {0}</source>
        <translation>Приоритизированные участки сохранены в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="465"/>
        <source>Could not open the sensitivity analysis</source>
        <translation>Не удалось открыть анализ чувствительности</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="480"/>
        <source>Prioritisation dock</source>
        <translation>Панель приоритизации</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="319"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="11"/>
        <source>Parcel</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="322"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="321"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="323"/>
        <source>Main driver</source>
        <translation>Главный фактор</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Gated</source>
        <translation>Отсеян фильтром</translation>
    </message>
    <message>
        <location filename="../plugin/gui/ranking_model.py" line="20"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Hazards SHA/CHA</source>
        <translation>Опасные районы ПОР/ПдОР</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="18"/>
        <source>Cleared / released land</source>
        <translation>Разминированные / высвобожденные земли</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="44"/>
        <source>Clearance Planner demo (SYNTHETIC hazards)</source>
        <translation>Демо Clearance Planner (СИНТЕТИЧЕСКИЕ опасные районы)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="123"/>
        <source>The demo GeoPackage {0} is missing; run `make demo-data`.</source>
        <translation>Демо-GeoPackage {0} отсутствует; выполните `make demo-data`.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="130"/>
        <source>Layer {0} is missing from {1}.</source>
        <translation>Слой {0} отсутствует в {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="142"/>
        <source>Clearance Planner demo — SYNTHETIC hazard data</source>
        <translation>Демо Clearance Planner — СИНТЕТИЧЕСКИЕ данные об опасности</translation>
    </message>
    <message>
        <location filename="../plugin/gui/task_runner.py" line="106"/>
        <source>The Processing algorithm {0} is not available.</source>
        <translation>Алгоритм Processing {0} недоступен.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="18"/>
        <source>&amp;Clearance Planner</source>
        <translation>&amp;Clearance Planner</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="45"/>
        <source>Prioritise hazards…</source>
        <translation>Приоритизировать опасные районы…</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/dem.py" line="43"/>
        <source>DEM &apos;{0}&apos; cannot be read: {1}</source>
        <translation>ЦМР '{0}' не читается: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/dem.py" line="47"/>
        <source>DEM &apos;{0}&apos; has no coordinate reference system.</source>
        <translation>У ЦМР '{0}' нет системы координат.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="67"/>
        <source>{0}: &apos;{1}&apos; is a file, not a folder; choose another path than &apos;{2}&apos;.</source>
        <translation>{0}: '{1}' — файл, а не папка; выберите путь, отличный от '{2}'.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="63"/>
        <source>{0}: the folder &apos;{1}&apos; does not exist; create it or choose another path.</source>
        <translation>{0}: папка '{1}' не существует; создайте её или выберите другой путь.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="71"/>
        <source>{0}: the folder &apos;{1}&apos; is read-only; choose a folder you can write to.</source>
        <translation>{0}: папка '{1}' доступна только для чтения; выберите папку, в которую можно писать.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="81"/>
        <source>{0}: &apos;{1}&apos; is a file; give a folder.</source>
        <translation>{0}: '{1}' — файл; укажите папку.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="83"/>
        <source>{0}: &apos;{1}&apos; is a folder; give a file name inside it.</source>
        <translation>{0}: '{1}' — папка; укажите имя файла в ней.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/destinations.py" line="86"/>
        <source>{0}: the file &apos;{1}&apos; is read-only; table &apos;{2}&apos; cannot be written.</source>
        <translation>{0}: файл '{1}' доступен только для чтения; таблицу '{2}' записать нельзя.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="19"/>
        <source>Layer &apos;{0}&apos; (DISTRICTS) has no field &apos;{1}&apos; (DISTRICT_FIELD); its fields: {2}.</source>
        <translation>В слое '{0}' (DISTRICTS) нет поля '{1}' (DISTRICT_FIELD); его поля: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="62"/>
        <source>no task is placed in them</source>
        <translation>в них не попадает ни одна задача</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/expressions.py" line="15"/>
        <source>{0} cannot be parsed: {1}</source>
        <translation>{0} не разбирается: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/expressions.py" line="24"/>
        <source>{0} refers to field(s) missing from layer &apos;{1}&apos;: {2} (it has: {3}).</source>
        <translation>{0} ссылается на поля, которых нет в слое '{1}': {2} (в нём есть: {3}).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="104"/>
        <source>kept in the CSV without coordinates (no placemark, waypoint or atlas page)</source>
        <translation>сохранены в CSV без координат (без метки, путевой точки и страницы атласа)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="104"/>
        <source>so nothing can be exported</source>
        <translation>поэтому экспортировать нечего</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="111"/>
        <source>Layer &apos;{0}&apos;: none of its {1} features has usable coordinates, so there is nothing to export; fix the geometries (clearance:check_geometry).</source>
        <translation>Слой '{0}': ни один из его {1} объектов не имеет пригодных координат, поэтому экспортировать нечего; исправьте геометрии (clearance:check_geometry).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="130"/>
        <source>repaired with makeValid</source>
        <translation>исправлено makeValid</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="151"/>
        <source>cannot be transformed to WGS 84</source>
        <translation>не преобразуется в WGS 84</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="159"/>
        <source>coordinates beyond WGS 84 (±180°, ±90°)</source>
        <translation>координаты за пределами WGS 84 (±180°, ±90°)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="174"/>
        <source>outside UTM zone {0} ({1}) by up to {2:.2f}°</source>
        <translation>вне зоны UTM {0} ({1}) до {2:.2f}°</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="186"/>
        <source>cannot be projected to UTM zone {0}</source>
        <translation>не проецируется в зону UTM {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="199"/>
        <source>Layer &apos;{0}&apos;: {1} tasks lie outside UTM zone {2} ({3}); their UTM coordinates are given in zone {2} and flagged outside_zone in the CSV (set UTM_ZONE to choose another zone): features {4}{5}.</source>
        <translation>Слой '{0}': {1} задач лежат вне зоны UTM {2} ({3}); их координаты UTM даны в зоне {2} и помечены outside_zone в CSV (задайте UTM_ZONE, чтобы выбрать другую зону): объекты {4}{5}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="236"/>
        <source>GeoPackage: layer &apos;{0}&apos; not written: {1}</source>
        <translation>GeoPackage: слой '{0}' не записан: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/field_export.py" line="243"/>
        <source>Clearance Planner export</source>
        <translation>Экспорт Clearance Planner</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/gates.py" line="55"/>
        <source>{0} fails on feature {1}: {2}</source>
        <translation>{0} не выполняется для объекта {1}: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="34"/>
        <source>NaN or infinite coordinate</source>
        <translation>координата NaN или бесконечная</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="32"/>
        <source>no area (not a polygon, or a zero-area ring)</source>
        <translation>нет площади (не полигон или кольцо нулевой площади)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="100"/>
        <source>repair left nothing ({0})</source>
        <translation>после исправления ничего не осталось ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="33"/>
        <source>no area after repair (collapsed to a line or point)</source>
        <translation>нет площади после исправления (выродился в линию или точку)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="31"/>
        <source>empty geometry</source>
        <translation>пустая геометрия</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="288"/>
        <source>Layer &apos;{0}&apos;: {1} invalid geometries repaired with makeValid.</source>
        <translation>Слой '{0}': исправлено makeValid недопустимых геометрий: {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="297"/>
        <source> and {0} more</source>
        <translation> и ещё {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="298"/>
        <source>Layer &apos;{0}&apos;: {1} features have no usable geometry, {2}: {3}{4}.</source>
        <translation>Слой '{0}': у {1} объектов нет пригодной геометрии, {2}: {3}{4}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/geometries.py" line="309"/>
        <source>Layer &apos;{0}&apos;: {1} features without geometry, {2} (features {3}{4}).</source>
        <translation>Слой '{0}': объектов без геометрии: {1}, {2} (объекты {3}{4}).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="55"/>
        <source>, kept although DATE_FROM/DATE_TO filter the others</source>
        <translation>, сохранены, хотя DATE_FROM/DATE_TO фильтруют остальные</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="56"/>
        <source>Layer &apos;{0}&apos; field &apos;{1}&apos;: {2} incidents with an unparsable date and {3} without a date are counted under &apos;unknown year&apos;{4}.</source>
        <translation>Слой '{0}', поле '{1}': {2} инцидентов с нераспознанной датой и {3} без даты учтены как 'unknown year'{4}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="63"/>
        <source>Layer &apos;{0}&apos;: {1} casualty values are not numbers; counted as 0.</source>
        <translation>Слой '{0}': {1} значений числа пострадавших не являются числами; учтены как 0.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="69"/>
        <source>{0} incidents outside DATE_FROM/DATE_TO are left out.</source>
        <translation>{0} инцидентов вне DATE_FROM/DATE_TO не учитываются.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/incidents.py" line="112"/>
        <source>not counted</source>
        <translation>не учтено</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="82"/>
        <source>Layer '{0}' has no coordinate reference system. Set it in Layer Properties ▸ Source (or run 'Assign projection') and run again.</source>
        <translation>У слоя '{0}' нет системы координат. Задайте её в Свойства слоя ▸ Источник (или запустите 'Assign projection') и повторите запуск.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="269"/>
        <source>Layer &apos;{0}&apos;, feature {1}: cannot transform its geometry to {2} ({3}).</source>
        <translation>Слой '{0}', объект {1}: геометрию нельзя преобразовать в {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="285"/>
        <source>Layer &apos;{0}&apos;, feature {1}: unreadable geometry ({2}).</source>
        <translation>Слой '{0}', объект {1}: нечитаемая геометрия ({2}).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="302"/>
        <source>Layer &apos;{0}&apos;, feature {1}: coordinates cannot be transformed to {2} (are they in the layer&apos;s CRS {3}?).</source>
        <translation>Слой '{0}', объект {1}: координаты нельзя преобразовать в {2} (они в СК слоя {3}?).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/overlay.py" line="178"/>
        <source>Cannot measure areas on the ellipsoid: {0} has a coordinate outside the domain of its CRS ({1}). Fix or remove that feature.</source>
        <translation>Нельзя измерить площади на эллипсоиде: у {0} координата вне области определения его СК ({1}). Исправьте или удалите этот объект.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/overlay.py" line="194"/>
        <source>layer &apos;{0}&apos;, feature {1}</source>
        <translation>слой '{0}', объект {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/overlay.py" line="195"/>
        <source>a dissolved polygon</source>
        <translation>объединённый полигон</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/raster.py" line="449"/>
        <source>the raster is rotated or not north-up</source>
        <translation>растр повёрнут или не ориентирован на север</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="36"/>
        <source>Layer &apos;{0}&apos; (LANDMARKS) has no field &apos;{1}&apos;.</source>
        <translation>В слое '{0}' (LANDMARKS) нет поля '{1}'.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="50"/>
        <source>beyond WGS 84</source>
        <translation>за пределами WGS 84</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="53"/>
        <source>not used as landmarks</source>
        <translation>не использованы как ориентиры</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="99"/>
        <source>unknown landmark {0}</source>
        <translation>неизвестный ориентир {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="99"/>
        <source> (no LANDMARKS layer given)</source>
        <translation> (слой LANDMARKS не задан)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/references.py" line="104"/>
        <source>landmark {0} is ambiguous ({1} points)</source>
        <translation>ориентир {0} неоднозначен ({1} точек)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="182"/>
        <source>feature {0}</source>
        <translation>объект {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="182"/>
        <source> (id {0})</source>
        <translation> (id {0})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="185"/>
        <source>{0}: could not write {1}: {2}</source>
        <translation>{0}: не удалось записать {1}: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="267"/>
        <source>{0}: could not write &apos;{1}&apos;: {2}</source>
        <translation>{0}: не удалось записать '{1}': {2}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="376"/>
        <source>Could not replace the output &apos;{0}&apos;: {1} (is it open in another program?)</source>
        <translation>Не удалось заменить результат '{0}': {1} (он открыт в другой программе?)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="386"/>
        <source>&apos;{0}&apos; exists; set OVERWRITE to replace it.</source>
        <translation>'{0}' существует; задайте OVERWRITE, чтобы заменить его.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/styling.py" line="39"/>
        <source>Style {0} not applied: {1}</source>
        <translation>Стиль {0} не применён: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="234"/>
        <source>not planned (kept in OUTPUT without dates)</source>
        <translation>не запланировано (сохранено в OUTPUT без дат)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="98"/>
        <source>Layer &apos;{0}&apos;, field &apos;{1}&apos;: hazard types {2} are neither SHA nor CHA; planned as SHA.</source>
        <translation>Слой '{0}', поле '{1}': типы опасности {2} не являются ни SHA, ни CHA; запланированы как SHA.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="109"/>
        <source>Layer &apos;{0}&apos; (PARCELS) has no feature with a usable polygon: {1}</source>
        <translation>В слое '{0}' (PARCELS) нет объекта с пригодным полигоном: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="109"/>
        <source>not planned</source>
        <translation>не запланировано</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="138"/>
        <source>Layer &apos;{0}&apos;, feature {1}, field &apos;{2}&apos;: priority &apos;{3}&apos; is not a number.</source>
        <translation>Слой '{0}', объект {1}, поле '{2}': приоритет '{3}' не является числом.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="154"/>
        <source>Layer &apos;{0}&apos;, feature {1}, field &apos;{2}&apos;: unknown method &apos;{3}&apos;; expected one of {4}.</source>
        <translation>Слой '{0}', объект {1}, поле '{2}': неизвестный метод '{3}'; ожидается один из {4}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="183"/>
        <source>Layer &apos;{0}&apos;, feature {1}, field &apos;{2}&apos;: share &apos;{3}&apos; must be a number 0-1.</source>
        <translation>Слой '{0}', объект {1}, поле '{2}': доля '{3}' должна быть числом 0-1.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="214"/>
        <source>Layer &apos;{0}&apos;: STATUS_FIELD re-plans an earlier work plan (the OUTPUT of this algorithm), but the layer has no field {1}.</source>
        <translation>Слой '{0}': STATUS_FIELD перепланирует прежний план работ (OUTPUT этого алгоритма), но в слое нет поля {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/tasks.py" line="236"/>
        <source>Layer &apos;{0}&apos; (PARCELS) has no task with a usable polygon to re-plan.</source>
        <translation>В слое '{0}' (PARCELS) нет задачи с пригодным полигоном для перепланирования.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="151"/>
        <source>Outside UTM zone {0} ({1}): the grid is zone {0} extended; a GPS on automatic zones shows another zone here.</source>
        <translation>Вне зоны UTM {0} ({1}): сетка — расширенная зона {0}; GPS с автоматическим выбором зоны покажет здесь другую зону.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="175"/>
        <source>PDF atlas not written: {0}</source>
        <translation>Атлас PDF не записан: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="237"/>
        <source>PDF atlas: layer &apos;{0}&apos; has unsaved edits or changed during the export; save its edits and run the export again.</source>
        <translation>Атлас PDF: в слое '{0}' есть несохранённые правки или он изменился во время экспорта; сохраните правки и повторите экспорт.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="442"/>
        <source>Current task</source>
        <translation>Текущая задача</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="27"/>
        <source>District (ha)</source>
        <translation>Район (га)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="28"/>
        <source>Records (ha)</source>
        <translation>Формуляры (га)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="29"/>
        <source>Hazard (ha)</source>
        <translation>Опасность (га)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="30"/>
        <source>Hazard in records (ha)</source>
        <translation>Опасность в формулярах (га)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="211"/>
        <source>Unmapped hazard (ha)</source>
        <translation>Ненанесённая опасность (га)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="32"/>
        <source>Records without hazard (ha)</source>
        <translation>Формуляры без опасности (га)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="33"/>
        <source>Cleared (ha)</source>
        <translation>Разминировано (га)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="34"/>
        <source>District contaminated (%)</source>
        <translation>Загрязнённая часть района (%)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="35"/>
        <source>Hazard mapped (%)</source>
        <translation>Нанесённая опасность (%)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="37"/>
        <source>Incidents in records</source>
        <translation>Инциденты в формулярах</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="216"/>
        <source>Incidents outside records (%)</source>
        <translation>Инциденты вне формуляров (%)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="39"/>
        <source>Casualties</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="175"/>
        <source>Inside records</source>
        <translation>Внутри формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="176"/>
        <source>Outside every record</source>
        <translation>Вне всех формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="206"/>
        <source>Hazard area (ha)</source>
        <translation>Площадь опасности (га)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="133"/>
        <source>Hazard area mapped vs unmapped, per district</source>
        <translation>Нанесённая и ненанесённая опасная площадь по районам</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="150"/>
        <source>Incidents inside vs outside records, per district</source>
        <translation>Инциденты внутри и вне формуляров по районам</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="169"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="180"/>
        <source>Incidents per year, inside vs outside records</source>
        <translation>Инциденты по годам внутри и вне формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="187"/>
        <source>No incidents</source>
        <translation>Нет инцидентов</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="207"/>
        <source>Hazard inside records (%)</source>
        <translation>Опасность внутри формуляров (%)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="326"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="244"/>
        <source>Unmapped hazard by type</source>
        <translation>Ненанесённая опасность по типам</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="244"/>
        <source>Hazard type</source>
        <translation>Тип опасности</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="244"/>
        <source>Unmapped (ha)</source>
        <translation>Не нанесено (га)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="244"/>
        <source>Where types overlap, the area counts for the type first in alphabetical order (CHA before SHA).</source>
        <translation>При перекрытии типов площадь относится к первому по алфавиту типу (CHA раньше SHA).</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="266"/>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="266"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="266"/>
        <source>Features</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="266"/>
        <source>CRS</source>
        <translation>СК</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="282"/>
        <source>Coverage of contamination by minefield records</source>
        <translation>Покрытие загрязнения формулярами минных полей</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="282"/>
        <source> (SYNTHETIC demo data)</source>
        <translation> (СИНТЕТИЧЕСКИЕ демо-данные)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="289"/>
        <source>all dates</source>
        <translation>все даты</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="290"/>
        <source>{0} to {1}</source>
        <translation>с {0} по {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="298"/>
        <source>Inputs include SYNTHETIC demo data: hazards, records and incidents are not real.</source>
        <translation>Входные данные содержат СИНТЕТИЧЕСКИЕ демо-данные: опасные районы, формуляры и инциденты не настоящие.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="310"/>
        <source>Created {0} by Clearance Planner {1} (clearance:coverage). Incidents: {2}. Areas in hectares on the WGS 84 ellipsoid; overlay in {3}.</source>
        <translation>Создано {0} программой Clearance Planner {1} (clearance:coverage). Инциденты: {2}. Площади в гектарах на эллипсоиде WGS 84; наложение в {3}.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="321"/>
        <source>Inputs</source>
        <translation>Входные данные</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="323"/>
        <source>Notes on the data</source>
        <translation>Замечания о данных</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="90"/>
        <source>No invalid, empty or undated features.</source>
        <translation>Нет недопустимых, пустых или недатированных объектов.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="327"/>
        <source>Map: records vs unmapped hazard vs incidents</source>
        <translation>Карта: формуляры, ненанесённая опасность и инциденты</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="329"/>
        <source>minefield records</source>
        <translation>формуляры минных полей</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="331"/>
        <source>hazard outside every record</source>
        <translation>опасность вне всех формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="333"/>
        <source>incident inside a record</source>
        <translation>инцидент внутри формуляра</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="335"/>
        <source>incident outside every record</source>
        <translation>инцидент вне всех формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="337"/>
        <source>Map of records, unmapped hazard and incidents</source>
        <translation>Карта формуляров, ненанесённой опасности и инцидентов</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="127"/>
        <source>Figures per district</source>
        <translation>Показатели по районам</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="342"/>
        <source>Overlapping records and hazards are dissolved before measuring; features crossing a district boundary are split by it. The total row is measured on the whole area at once.</source>
        <translation>Перекрывающиеся формуляры и опасные районы перед измерением объединяются; объекты, пересекающие границу района, разрезаются ею. Итоговая строка измеряется по всей территории сразу.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="150"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="349"/>
        <source>Hazard area mapped vs unmapped per district</source>
        <translation>Нанесённая и ненанесённая опасная площадь по районам</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="350"/>
        <source>Incidents inside vs outside records per district</source>
        <translation>Инциденты внутри и вне формуляров по районам</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="351"/>
        <source>Incidents per year inside vs outside records</source>
        <translation>Инциденты по годам внутри и вне формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="44"/>
        <source>District
ha</source>
        <translation>Район
га</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="45"/>
        <source>Records
ha</source>
        <translation>Формуляры
га</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="46"/>
        <source>Hazard
ha</source>
        <translation>Опасность
га</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="47"/>
        <source>Hazard in
records ha</source>
        <translation>Опасность в
формулярах га</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="48"/>
        <source>Unmapped
hazard ha</source>
        <translation>Ненанесённая
опасность га</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="49"/>
        <source>Records w/o
hazard ha</source>
        <translation>Формуляры без
опасности га</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="50"/>
        <source>Cleared
ha</source>
        <translation>Разминировано
га</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="51"/>
        <source>District
contam. %</source>
        <translation>Загрязн.
района %</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="52"/>
        <source>Hazard
mapped %</source>
        <translation>Нанесённая
опасность %</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="53"/>
        <source>Inci-
dents</source>
        <translation>Инци-
денты</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="54"/>
        <source>Incidents
in records</source>
        <translation>Инциденты
в формулярах</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="55"/>
        <source>Incidents
outside %</source>
        <translation>Инциденты
вне %</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="56"/>
        <source>Casual-
ties</source>
        <translation>Постра-
давшие</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="63"/>
        <source>{0} &apos;{1}&apos; ({2} features)</source>
        <translation>{0} '{1}' ({2} объектов)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="68"/>
        <source>Incidents: {0}. Areas in hectares on the WGS 84 ellipsoid; overlapping records and hazards dissolved per district before measuring.</source>
        <translation>Инциденты: {0}. Площади в гектарах на эллипсоиде WGS 84; перекрывающиеся формуляры и опасные районы перед измерением объединены по районам.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="73"/>
        <source>Inputs: {0}</source>
        <translation>Входные данные: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="180"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="98"/>
        <source>Notes on the data:</source>
        <translation>Замечания о данных:</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="133"/>
        <source>Unmapped hazard by type: {0} (overlaps count for the type first in alphabetical order, CHA before SHA).</source>
        <translation>Ненанесённая опасность по типам: {0} (перекрытия относятся к первому по алфавиту типу, CHA раньше SHA).</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="203"/>
        <source>PDF export to {0} failed (status {1}).</source>
        <translation>Экспорт PDF в {0} не удался (статус {1}).</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="50"/>
        <source> (SYNTHETIC)</source>
        <translation> (СИНТЕТИЧЕСКИЕ)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="56"/>
        <source>Incidents outside records</source>
        <translation>Инциденты вне формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="65"/>
        <source>Incidents inside records</source>
        <translation>Инциденты внутри формуляров</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_map.py" line="80"/>
        <source>Unmapped hazard</source>
        <translation>Ненанесённая опасность</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="26"/>
        <source>NTS (non-technical survey)</source>
        <translation>НТО (нетехническое обследование)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="27"/>
        <source>TS (technical survey)</source>
        <translation>ТО (техническое обследование)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="28"/>
        <source>clearance: manual</source>
        <translation>разминирование: ручное</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="29"/>
        <source>clearance: mechanical</source>
        <translation>разминирование: механизированное</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="30"/>
        <source>clearance: mdd</source>
        <translation>разминирование: минно-розыскные собаки</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="73"/>
        <source>no-work months</source>
        <translation>нерабочие месяцы</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="77"/>
        <source>target {0}</source>
        <translation>цель {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="91"/>
        <source>, {0} parcels not planned (no usable polygon)</source>
        <translation>, не запланировано участков: {0} (нет пригодного полигона)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/gantt.py" line="92"/>
        <source>Work plan: {0} — {1} tasks, completion {2}{3}</source>
        <translation>План работ: {0} — задач: {1}, завершение {2}{3}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="30"/>
        <source>5–95 % rank interval</source>
        <translation>интервал рангов 5–95 %</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="38"/>
        <source>mean rank</source>
        <translation>средний ранг</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="39"/>
        <source>rank with your weights</source>
        <translation>ранг с вашими весами</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="40"/>
        <source>top {0}</source>
        <translation>первые {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="42"/>
        <source>{0}  (P top {1} = {2:.0%})</source>
        <translation>{0}  (P в первых {1} = {2:.0%})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="50"/>
        <source>rank (1 = most urgent)</source>
        <translation>ранг (1 = самый срочный)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/rank_chart.py" line="53"/>
        <source>Weight sensitivity of the most urgent parcels</source>
        <translation>Чувствительность самых срочных участков к весам</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="49"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="51"/>
        <source>default: {0}</source>
        <translation>по умолчанию: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="69"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="69"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="58"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="57"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="75"/>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="75"/>
        <source>Outputs</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../plugin/help.py" line="93"/>
        <source>Clearance Planner {0}: Processing algorithms</source>
        <translation>Clearance Planner {0}: алгоритмы Processing</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>criterion</source>
        <translation>критерий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>distance (m)</source>
        <translation>расстояние (м)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>decay</source>
        <translation>спад</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>score</source>
        <translation>балл</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="12"/>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="191"/>
        <source>points</source>
        <translation>очки</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="21"/>
        <source>settlements</source>
        <translation>населённые пункты</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="21"/>
        <source>cemeteries</source>
        <translation>кладбища</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="21"/>
        <source>infrastructure</source>
        <translation>инфраструктура</translation>
    </message>
    <message>
        <location filename="../plugin/gui/explanation.py" line="21"/>
        <source>incidents</source>
        <translation>инциденты</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="51"/>
        <source>Maps an IMSMA export onto the plugin&apos;s schema, so every other algorithm takes it as it is. INPUT: a hazard (land), activity (hazard reduction), accident or victim export of IMSMA NG (v6) or IMSMA Core: a GeoPackage, shapefile or file geodatabase layer, or a CSV file with a WKT column or latitude/longitude columns (WGS 84 unless the mapping says otherwise). KIND says which. NG or Core is detected from the field names.

A hazard becomes hazard_id, hazard_type (Indication, SHA, CHA, Ammunition storage, EOD spot task), status (Open, Worked on, Closed, Handed over), district, estimated_area_m2, remaining_area_m2, area_m2 (remaining, else estimated, else the polygon&apos;s area), device_category (AP, AT, ERW, IED, mixed), evidence, access_secure, land_disputed, method and source; an accident becomes incident_id, incident_date, incident_type (mine, erw, demining), device_category, killed, injured and casualties; see docs/imsma.md for every field. Values are matched in any case and spacing, with synonyms in several languages.

MAPPING (optional): a JSON file over the shipped defaults (field names, synonyms; format in docs/imsma.md). Nothing is dropped: every feature is written (null and invalid geometries kept, invalid ones repaired, the state in geometry_state), every original field is kept (renamed with the mapping&apos;s prefix when its name is a target&apos;s), and a value that is not in a vocabulary or a number that does not parse (&quot;n/a&quot;, &quot;1 234,5&quot;) is NULL with the raw text in the original field and in import_notes. REPORT (HTML, or CSV by extension) lists every source field, every value seen per enumerated field and what it became, every unmapped value, parse failure, duplicate id and geometry repair.</source>
        <translation>Приводит экспорт IMSMA к схеме плагина, чтобы все остальные алгоритмы принимали его как есть. INPUT: экспорт опасных районов (земель), работ (снижения опасности), несчастных случаев или пострадавших из IMSMA NG (v6) или IMSMA Core: слой GeoPackage, shapefile или файловой геобазы, либо файл CSV со столбцом WKT или столбцами широты/долготы (WGS 84, если сопоставление не говорит иного). KIND указывает, что это. NG или Core определяется по именам полей.

Опасный район становится hazard_id, hazard_type (Indication, SHA, CHA, Ammunition storage, EOD spot task), status (Open, Worked on, Closed, Handed over), district, estimated_area_m2, remaining_area_m2, area_m2 (оставшаяся, иначе оценочная, иначе площадь полигона), device_category (AP, AT, ERW, IED, mixed), evidence, access_secure, land_disputed, method и source; несчастный случай — incident_id, incident_date, incident_type (mine, erw, demining), device_category, killed, injured и casualties; все поля — в docs/imsma.md. Значения сопоставляются при любом регистре и пробелах, с синонимами на нескольких языках.

MAPPING (необязательно): файл JSON поверх поставляемых значений по умолчанию (имена полей, синонимы; формат в docs/imsma.md). Ничего не теряется: записывается каждый объект (NULL и недопустимые геометрии сохраняются, недопустимые исправляются, состояние в geometry_state), сохраняется каждое исходное поле (переименовывается с префиксом сопоставления, если его имя совпадает с целевым), а значение вне словаря или нераспознанное число (&quot;n/a&quot;, &quot;1 234,5&quot;) становится NULL, исходный текст остаётся в исходном поле и в import_notes. REPORT (HTML или, по расширению, CSV) перечисляет каждое исходное поле, каждое встреченное значение каждого перечислимого поля и во что оно превратилось, каждое несопоставленное значение, ошибку разбора, дублирующийся идентификатор и исправление геометрии.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="81"/>
        <source>Import IMSMA export</source>
        <translation>Импорт экспорта IMSMA</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="82"/>
        <source>Programme data</source>
        <translation>Данные программы</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="268"/>
        <source>Features written</source>
        <translation>Записано объектов</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Target fields found in the export</source>
        <translation>Целевые поля, найденные в экспорте</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Source fields kept unmapped</source>
        <translation>Исходные поля, оставленные без сопоставления</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Values not in a vocabulary</source>
        <translation>Значения вне словаря</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Numbers and dates that did not parse</source>
        <translation>Нераспознанные числа и даты</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Ids held by more than one feature</source>
        <translation>Идентификаторы, принадлежащие нескольким объектам</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="271"/>
        <source>Geometries repaired</source>
        <translation>Исправленные геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="273"/>
        <source>Features without geometry</source>
        <translation>Объекты без геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="111"/>
        <source>IMSMA export</source>
        <translation>Экспорт IMSMA</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="116"/>
        <source>What the export holds</source>
        <translation>Что содержит экспорт</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="125"/>
        <source>Mapping file (JSON, over the shipped defaults)</source>
        <translation>Файл сопоставления (JSON, поверх значений по умолчанию)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="133"/>
        <source>Imported layer</source>
        <translation>Импортированный слой</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="138"/>
        <source>Mapping report</source>
        <translation>Отчёт о сопоставлении</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="138"/>
        <source>HTML files (*.html);;CSV files (*.csv)</source>
        <translation>Файлы HTML (*.html);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="145"/>
        <source>IMSMA generation detected</source>
        <translation>Определённое поколение IMSMA</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="155"/>
        <source>KIND &apos;{0}&apos; is not one of {1}.</source>
        <translation>KIND '{0}' не является одним из {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="176"/>
        <source>OUTPUT is a shapefile: field names are cut to 10 characters (hazard_type becomes hazard_typ), so other algorithms will not find them by name; write a GeoPackage instead.</source>
        <translation>OUTPUT — shapefile: имена полей обрезаются до 10 символов (hazard_type становится hazard_typ), поэтому другие алгоритмы не найдут их по имени; записывайте GeoPackage.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="183"/>
        <source>{0} features of an IMSMA {1} {2} export written; report: {3}</source>
        <translation>Записано объектов экспорта IMSMA {1} {2}: {0}; отчёт: {3}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="206"/>
        <source>IMSMA {0} export ({1})</source>
        <translation>Экспорт IMSMA {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="206"/>
        <source>Imported from &apos;{0}&apos; by Clearance Planner; mapping report: {1}</source>
        <translation>Импортировано из '{0}' программой Clearance Planner; отчёт о сопоставлении: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="221"/>
        <source>Mapping file &apos;{0}&apos;, key &apos;{1}&apos;: {2} (MAPPING).</source>
        <translation>Файл сопоставления '{0}', ключ '{1}': {2} (MAPPING).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="247"/>
        <source>IMSMA import: {0} ({1} {2})</source>
        <translation>Импорт IMSMA: {0} ({1} {2})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="259"/>
        <source>the field names of each candidate</source>
        <translation>имена полей каждого кандидата</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="261"/>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="262"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="263"/>
        <source>IMSMA generation</source>
        <translation>Поколение IMSMA</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="264"/>
        <source>Mapping</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="264"/>
        <source>shipped defaults</source>
        <translation>поставляемые значения по умолчанию</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="265"/>
        <source>Geometry</source>
        <translation>Геометрия</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="267"/>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="269"/>
        <source>Unmapped values</source>
        <translation>Несопоставленные значения</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="270"/>
        <source>Parse failures</source>
        <translation>Ошибки разбора</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="272"/>
        <source>Geometries kept as they came</source>
        <translation>Геометрии, сохранённые как есть</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="296"/>
        <source>{0} without geometry</source>
        <translation>{0} без геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="297"/>
        <source>{0} repaired</source>
        <translation>{0} исправлено</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="298"/>
        <source>{0} kept as they came (not repairable)</source>
        <translation>{0} сохранено как есть (не исправимо)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="301"/>
        <source>Layer &apos;{0}&apos;: every feature written; geometries: {1} (listed in {2}).</source>
        <translation>Слой '{0}': записан каждый объект; геометрии: {1} (перечислены в {2}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/imsma_action.py" line="19"/>
        <source>Import IMSMA export…</source>
        <translation>Импорт экспорта IMSMA…</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="123"/>
        <source>layer geometry</source>
        <translation>геометрия слоя</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="123"/>
        <source>none (a table)</source>
        <translation>нет (таблица)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="155"/>
        <source>WKT column &apos;{0}&apos;</source>
        <translation>столбец WKT '{0}'</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="159"/>
        <source>latitude/longitude columns &apos;{0}&apos;, &apos;{1}&apos;</source>
        <translation>столбцы широты/долготы '{0}', '{1}'</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="165"/>
        <source>none (no WKT or latitude/longitude column)</source>
        <translation>нет (нет столбца WKT или широты/долготы)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="188"/>
        <source>{0} from {1} vertex rows (order &apos;{2}&apos;, latitude/longitude &apos;{3}&apos;, &apos;{4}&apos;{5}, grouped by &apos;{6}&apos;)</source>
        <translation>{0} из строк вершин {1} (порядок '{2}', широта/долгота '{3}', '{4}'{5}, группировка по '{6}')</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="191"/>
        <source>polygons</source>
        <translation>полигоны</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="191"/>
        <source>, parts &apos;{0}&apos;</source>
        <translation>, части '{0}'</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="191"/>
        <source>nothing: one feature per row</source>
        <translation>ничего: один объект на строку</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="239"/>
        <source>unreadable WKT {0!r}</source>
        <translation>нечитаемый WKT {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="249"/>
        <source>latitude/longitude {0!r}, {1!r} not a coordinate pair</source>
        <translation>широта/долгота {0!r}, {1!r} не являются парой координат</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="254"/>
        <source>latitude/longitude {0}, {1} out of range</source>
        <translation>широта/долгота {0}, {1} вне допустимого диапазона</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="279"/>
        <source>null or empty geometry</source>
        <translation>NULL или пустая геометрия</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="285"/>
        <source>a {0} in a layer of {1}: written without geometry</source>
        <translation>{0} в слое {1}: записано без геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/imsma_source.py" line="304"/>
        <source>invalid; repaired with GEOS makeValid</source>
        <translation>недопустима; исправлена GEOS makeValid</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="47"/>
        <source>Source fields</source>
        <translation>Исходные поля</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Source field</source>
        <translation>Исходное поле</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="47"/>
        <source>Kept as</source>
        <translation>Сохранено как</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="77"/>
        <source>Mapped to</source>
        <translation>Сопоставлено с</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="58"/>
        <source>Target fields</source>
        <translation>Целевые поля</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="58"/>
        <source>From source field</source>
        <translation>Из исходного поля</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="58"/>
        <source>Filled by rules</source>
        <translation>Заполнено правилами</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="77"/>
        <source>Values of enumerated fields</source>
        <translation>Значения перечислимых полей</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="77"/>
        <source>Value seen</source>
        <translation>Встреченное значение</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="98"/>
        <source>Unmapped values (written as NULL; add them to the mapping file)</source>
        <translation>Несопоставленные значения (записаны как NULL; добавьте их в файл сопоставления)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="143"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Numbers and dates that did not parse (written as NULL; raw text kept in the source field)</source>
        <translation>Нераспознанные числа и даты (записаны как NULL; исходный текст сохранён в исходном поле)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="113"/>
        <source>Raw text</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="131"/>
        <source>Duplicate ids</source>
        <translation>Дублирующиеся идентификаторы</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="131"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="131"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="137"/>
        <source>Geometries not as they came</source>
        <translation>Геометрии, изменённые при импорте</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="137"/>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="137"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="137"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="143"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="143"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="174"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="133"/>
        <source>Spreadsheet (XLSX) of {0}, with a README sheet (optional)</source>
        <translation>Электронная таблица (XLSX): {0}, с листом README (необязательно)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="133"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="151"/>
        <source>XLSX: &apos;{0}&apos; must end in .xlsx (an Excel workbook).</source>
        <translation>XLSX: '{0}' должен оканчиваться на .xlsx (книга Excel).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="295"/>
        <source>the district table</source>
        <translation>таблица районов</translation>
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
        <translation>Записывает план работ (или любой полигональный слой) для полевых групп в папку FOLDER:

- NAME.gpkg: INPUT и необязательные слои HAZARDS и SETTLEMENTS, каждый со встроенным текущим стилем QGIS (layer_styles), чтобы они открывались со стилем; таблица clearance_runs фиксирует запуск;
- NAME.kml и NAME.kmz: одна метка на объект с координатами, name = ID_FIELD, description = метод, группа, даты, площадь; полигоны в WGS 84;
- NAME.gpx: путевая точка на каждую поворотную точку (вершину внешнего кольца) с именем ID-TPn и её координатами UTM;
- NAME.csv: одна строка на объект, с геометрией или без, с поворотными точками в WGS 84 (lat lon) и UTM (easting northing), outside_zone и coordinate_note, поясняющим, почему у строки нет координат; текстовые ячейки, начинающиеся с = + - @, экранируются;
- NAME_atlas.pdf, полевой пакет: одна страница A4 на объект с координатами: карта с соседями и слоями контекста, сетка UTM, масштабная линейка, стрелка севера, обзорная карта всего экспорта, легенда, исходный ID опасного участка (parent_id или hazard_id), этап высвобождения земель, репер (поле benchmark, если оно есть в слое) и опорная точка (TP1), атрибуты объекта и таблица поворотных точек: каждая вершина внешнего контура в UTM (0,1 м), в десятичных градусах (0,000001°), в градусах-минутах-секундах (0,01&quot;) и в MGRS (1 м, с отсечением), продолженная на следующих страницах с повтором заголовка, если не помещается. PAGES — число страниц PDF.

Для всего экспорта (CSV, GPX, KML и сетка атласа) используется одна зона UTM: UTM_ZONE (напр. 38N) или по умолчанию зона центра охвата плана в WGS 84. Задачи за пределами допустимой области этой зоны (её 6° долготы и полушарие) сохраняют координаты в ней и помечаются outside_zone. Объекты без пригодной геометрии (NULL, пустая, без площади, NaN, непреобразуемая) называются в предупреждении и остаются в CSV без координат.

NAME — имя входного слоя. Папка записывается рядом с целевой и в конце переименовывается: неудачный или отменённый экспорт ничего не оставляет, а существующая непустая папка заменяется только при заданном OVERWRITE.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="167"/>
        <source>Atlas pages (PDF pages, continuation pages included)</source>
        <translation>Страницы атласа (страницы PDF, включая страницы продолжения)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="144"/>
        <source>the ranking</source>
        <translation>ранжирование</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="386"/>
        <source>the tasks and the summary</source>
        <translation>задачи и сводка</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/xlsx.py" line="134"/>
        <source>GDAL has no XLSX driver: the spreadsheet cannot be written.</source>
        <translation>В GDAL нет драйвера XLSX: таблицу нельзя записать.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/xlsx.py" line="145"/>
        <source>Spreadsheet &apos;{0}&apos; cannot be created: {1}</source>
        <translation>Таблицу '{0}' нельзя создать: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="427"/>
        <source>Atlas page</source>
        <translation>Страница атласа</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="435"/>
        <source>Locator: all tasks of the export</source>
        <translation>Обзорная карта: все задачи экспорта</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="492"/>
        <source>Task facts</source>
        <translation>Сведения о задаче</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="502"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>Original hazard id</source>
        <translation>Исходный ID опасного участка</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>Land-release step</source>
        <translation>Этап высвобождения земель</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>Benchmark</source>
        <translation>Репер</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>not recorded; start from the reference point</source>
        <translation>не записан; начинайте от опорной точки</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="507"/>
        <source>Reference point</source>
        <translation>Опорная точка</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="530"/>
        <source>TP1 {0} ({1} E, {2} N; {3})</source>
        <translation>TP1 {0} ({1} E, {2} N; {3})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="548"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="639"/>
        <source>Turning points of [% {0} %] (continued)</source>
        <translation>Поворотные точки [% {0} %] (продолжение)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="55"/>
        <source>One row (a point at the problem) per geometry problem of any layer: invalid geometry (with GEOS&apos;s reason; null or empty geometries and NaN or infinite coordinates are invalid rows too), fewer than three distinct vertices (two for lines), duplicate geometries, duplicate ids in ID_FIELD (also ids differing only by spaces or case), consecutive vertices further apart than MAX_GAP_M, polygons smaller than MIN_AREA_M2 (slivers) and features outside the bounds of the layer&apos;s CRS. Distances and areas are measured in the layer&apos;s CRS if it is projected in metres, else in the UTM zone of its extent. ID_FIELD (optional) must name a field of the layer; empty = the id field guessed as in every algorithm (unique, non-empty ids), which names the rows in id_value.

REPAIRED (optional) receives every input feature, 2D (curves segmentised): valid geometries as they are, invalid ones repaired with GEOS makeValid (repaired true). A feature that cannot be repaired into the layer&apos;s geometry type (a lone spike, a zero-area or 2-point ring) keeps its original rings so its place is not lost, with repaired false and the reason in repair_note; null and empty geometries and geometries with NaN or infinite coordinates are written without geometry, with the reason. The input is never modified; a cancelled run writes neither output.</source>
        <translation>Одна строка (точка в месте проблемы) на каждую проблему геометрии любого слоя: недопустимая геометрия (с причиной от GEOS; пустые и NULL-геометрии, а также координаты NaN или бесконечные тоже дают строки), менее трёх различных вершин (две для линий), дублирующиеся геометрии, дублирующиеся идентификаторы в ID_FIELD (в том числе различающиеся только пробелами или регистром), соседние вершины дальше друг от друга, чем MAX_GAP_M, полигоны меньше MIN_AREA_M2 (осколки) и объекты за границами области действия СК слоя. Расстояния и площади измеряются в СК слоя, если она проекционная в метрах, иначе в зоне UTM его охвата. ID_FIELD (необязательно) должно быть именем поля слоя; пусто = поле идентификатора, угадываемое как во всех алгоритмах (уникальные непустые идентификаторы), которое задаёт имена строк в id_value.

REPAIRED (необязательно) получает каждый входной объект в 2D (кривые разбиты на отрезки): допустимые геометрии как есть, недопустимые исправлены GEOS makeValid (repaired true). Объект, который нельзя исправить в тип геометрии слоя (одиночный выброс, кольцо нулевой площади или из 2 точек), сохраняет исходные кольца, чтобы его место не потерялось, с repaired false и причиной в repair_note; пустые и NULL-геометрии, а также геометрии с координатами NaN или бесконечными записываются без геометрии, с причиной. Входные данные никогда не изменяются; отменённый запуск не записывает ни одного результата.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="77"/>
        <source>Measures, district by district, how much of the suspected and confirmed hazard area (SHA/CHA) and how many incidents fall inside the mapped minefield records.

Every polygon layer is dissolved per district before measuring, so overlapping records or hazards are never counted twice; features straddling a district boundary are split by it. Areas are hectares on the WGS 84 ellipsoid. Anything outside every district goes in an &quot;Outside districts&quot; row; the last row (no geometry) is the total for the whole area.

Incidents on a district boundary count in the first such district (layer order); incidents on a record's edge count as inside the record. Incidents with an empty or unparsable date are kept (and counted in the log and report), also when DATE_FROM/DATE_TO filter the others.

Outputs: OUTPUT (one row per district), GAPS (hazard area outside every record, per district and hazard type; where types overlap the area goes to the type first in alphabetical order, so CHA before SHA), REPORT (self-contained HTML: map, table, charts) and optionally REPORT_PDF (QGIS print layout).

ID_FIELD (optional, of HAZARDS) names hazards in warnings: empty = guessed (hazard_localid, localid, hazard_id, id… unique and non-empty), else the feature id.</source>
        <translation>Измеряет по районам, какая доля подозреваемых и подтверждённых опасных районов (ПОР/ПдОР, SHA/CHA) и сколько инцидентов приходится на нанесённые на карту формуляры минных полей.

Каждый полигональный слой перед измерением объединяется по районам, поэтому перекрывающиеся формуляры или опасные районы никогда не учитываются дважды; объекты, пересекающие границу района, разрезаются ею. Площади в гектарах на эллипсоиде WGS 84. Всё, что лежит вне всех районов, попадает в строку &quot;Outside districts&quot;; последняя строка (без геометрии) — итог по всей территории.

Инциденты на границе районов учитываются в первом таком районе (по порядку слоя); инциденты на краю формуляра считаются внутри него. Инциденты с пустой или нераспознанной датой сохраняются (и учитываются в журнале и отчёте), в том числе когда DATE_FROM/DATE_TO фильтруют остальные.

Результаты: OUTPUT (одна строка на район), GAPS (опасная площадь вне всех формуляров по районам и типам опасности; при перекрытии типов площадь относится к первому по алфавиту, т. е. CHA раньше SHA), REPORT (самодостаточный HTML: карта, таблица, диаграммы) и, по желанию, REPORT_PDF (макет печати QGIS).

ID_FIELD (необязательно, поле HAZARDS) задаёт имена опасных районов в предупреждениях: пусто = угадывается (hazard_localid, localid, hazard_id, id… уникальные и непустые), иначе идентификатор объекта.</translation>
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
        <translation>Оценивает полигоны (опасные районы ПОР/ПдОР, кадастровые участки или ячейки сетки) по кратчайшему расстоянию до ближайшего населённого пункта, кладбища, планируемой инфраструктуры и инцидента.

Для каждого критерия: вес (&gt;= 0, нормируется к сумме 1 по заданным слоям), спад (linear: балл 1 на расстоянии 0, падающий до 0 на DISTANCE; exponential и gaussian: балл 0.5 на DISTANCE; step: 1 до DISTANCE, иначе 0) и DISTANCE в метрах.

Расстояния точные (0 при касании или перекрытии) и вычисляются в СК участков, если она проекционная, иначе в зоне WGS 84 / UTM центра их охвата.

Результат: каждый входной объект с dist_NAME_m, score_NAME (0-1) по каждому критерию, priority_score (0-100), priority_rank (1 = самый срочный), priority_class (High/Medium/Low по терцилям балла или по CLASS_THRESHOLDS &quot;high,medium&quot;; &quot;Gated&quot; для участков, не прошедших GATE_EXPRESSION, они ранжируются после всех остальных; &quot;Unknown&quot; для NULL-геометрий) и main_driver.

WEIGHTS_AHP (необязательно) заменяет прямые веса весами МАИ (AHP): матрица попарных сравнений по шкале Саати 1-9, строки разделены &quot;;&quot;, значения &quot;,&quot;, в порядке заданных слоёв критериев (settlements, cemeteries, infrastructure, incidents; пропустите незаданные), напр. &quot;1,3,5;1/3,1,3;1/5,1/3,1&quot;. Веса — главный собственный вектор; отношение согласованности выводится (результат AHP_CR) с предупреждением при CR &gt; 0.10.

Необязательный SURFACE_STATS: растр (напр. из clearance:surface); добавляет surface_mean и surface_max канала 1 по ячейкам, центр которых лежит в участке (для участков меньше ячейки — ячейка под центром охватывающего прямоугольника участка; nodata не учитывается).

ID_FIELD (необязательно) задаёт имена участков: пусто = угадывается (hazard_localid, localid, hazard_id, record_id, id, fid… первое поле с уникальными непустыми значениями без учёта пробелов и регистра), иначе идентификатор объекта, записываемый как source_fid. Повторяющиеся или пустые идентификаторы выбранного поля дают предупреждение с их значениями; все участки сохраняются.

WRITE_BACK (необязательная таблица, CSV или GeoPackage): по строке на участок с ключом по полю идентификатора (значения точно как во входных данных, например hazard_localid IMSMA) и полями priority_score, priority_rank, priority_class, main_driver, run_id и run_date, чтобы присоединить ранжирование к национальной базе данных.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/prioritise.py" line="135"/>
        <source>Write-back table (priority by id, CSV or GeoPackage)</source>
        <translation>Таблица обратной записи (приоритет по идентификатору, CSV или GeoPackage)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="59"/>
        <source>Compares digitised minefield records with what was later found.

Per record: record_area_ha, confirmed_area_ha (area also covered by CONFIRMED polygons — confirmed hazards (CHA) or land cleared with finds; overlaps counted once; optionally filtered by CONFIRMED_EXPRESSION), confirmed_share (0-1), incidents_inside and nearest_incident_outside_m (distance from the record's boundary to the nearest incident that lies outside it; empty when there is no such incident).

DISTRICT_SUMMARY has one row per value of DISTRICT_FIELD and a row ALL: records, areas, area_reliability (confirmed area / record area, overlapping records counted each), records_accurate (confirmed_share &gt;= ACCURATE_SHARE), record_reliability (their share) and incidents_inside. Areas and distances in the records' CRS if projected, else UTM.

Invalid geometries are repaired (makeValid). A record without usable geometry (null, empty, no area, NaN coordinates) is kept with NULL results; such records, confirmed polygons and incidents are named in a warning (the latter two are not counted). CONFIRMED_EXPRESSION must only use fields of CONFIRMED.

ID_FIELD (optional) names the records in warnings: empty = guessed (record_id, localid, id… unique and non-empty), else the feature id, then written as source_fid.</source>
        <translation>Сравнивает оцифрованные формуляры минных полей с тем, что было найдено позже.

Для каждого формуляра: record_area_ha, confirmed_area_ha (площадь, покрытая также полигонами CONFIRMED — подтверждёнными опасными районами (ПдОР) или землями, разминированными с находками; перекрытия учитываются один раз; по желанию фильтруются CONFIRMED_EXPRESSION), confirmed_share (0-1), incidents_inside и nearest_incident_outside_m (расстояние от границы формуляра до ближайшего инцидента вне его; пусто, если такого нет).

DISTRICT_SUMMARY содержит по строке на каждое значение DISTRICT_FIELD и строку ALL: формуляры, площади, area_reliability (подтверждённая площадь / площадь формуляров, перекрывающиеся формуляры учитываются каждый), records_accurate (confirmed_share &gt;= ACCURATE_SHARE), record_reliability (их доля) и incidents_inside. Площади и расстояния в СК формуляров, если она проекционная, иначе в UTM.

Недопустимые геометрии исправляются (makeValid). Формуляр без пригодной геометрии (NULL, пустая, без площади, координаты NaN) сохраняется с NULL-результатами; такие формуляры, подтверждённые полигоны и инциденты называются в предупреждении (последние два не учитываются). CONFIRMED_EXPRESSION может использовать только поля CONFIRMED.

ID_FIELD (необязательно) задаёт имена формуляров в предупреждениях: пусто = угадывается (record_id, localid, id… уникальные и непустые), иначе идентификатор объекта, который тогда записывается как source_fid.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="68"/>
        <source>Digitises minefield records handed over as tables: one row per leg with record_id, seq, bearing, distance and, once per record, a reference point as ref_x/ref_y in REF_CRS (decimal or degrees-minutes-seconds text in a geographic CRS; an MGRS reference in ref_x with ref_y empty) or as a landmark name looked up in LANDMARKS. Optional leg_type &quot;approach&quot; marks leading legs from the reference point to the first turning point.

Bearings: true = magnetic + DECLINATION (degrees, east positive); grid = true − grid convergence of the UTM zone at the reference point. Legs are laid out on the UTM plane of the reference point. closure_error_m is the distance from the last point back to the first turning point; status: ok, not closed (closure error above CLOSURE_TOLERANCE_M), self-intersecting, missing legs (seq gap or too few legs) or error (bad rows: see ERRORS, which lists every bad row by its 1-based row number). Other table columns are copied to the record. TURNING_POINTS gives every point in WGS 84 and UTM for field verification.

ID_FIELD (optional) names the column holding the record id (default record_id; a record_id column it replaces is kept as source_record_id). Record ids are compared without surrounding spaces; ids differing only by case or inner spaces are digitised as separate records with a warning naming them.</source>
        <translation>Оцифровывает формуляры минных полей, переданные таблицами: одна строка на каждый отрезок хода с record_id, seq, bearing, distance и, один раз на формуляр, исходная точка — как ref_x/ref_y в REF_CRS (десятичные или текст градусы-минуты-секунды в географической СК; ссылка MGRS в ref_x при пустом ref_y) или как название ориентира, ищущееся в LANDMARKS. Необязательный leg_type &quot;approach&quot; помечает подходные отрезки от исходной точки до первой поворотной точки.

Азимуты: истинный = магнитный + DECLINATION (градусы, восток положителен); дирекционный = истинный − сближение меридианов зоны UTM в исходной точке. Отрезки строятся на плоскости UTM исходной точки. closure_error_m — расстояние от последней точки до первой поворотной точки; status: ok, not closed (невязка больше CLOSURE_TOLERANCE_M), self-intersecting, missing legs (пропуск seq или слишком мало отрезков) или error (ошибочные строки: см. ERRORS, где каждая ошибочная строка указана по номеру, начиная с 1). Прочие столбцы таблицы копируются в формуляр. TURNING_POINTS даёт каждую точку в WGS 84 и UTM для проверки на местности.

ID_FIELD (необязательно) задаёт столбец с идентификатором формуляра (по умолчанию record_id; заменённый им столбец record_id сохраняется как source_record_id). Идентификаторы сравниваются без окружающих пробелов; различающиеся только регистром или внутренними пробелами оцифровываются как отдельные формуляры с предупреждением, называющим их.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="126"/>
        <source>Record id column (default: record_id)</source>
        <translation>Столбец идентификатора формуляра (по умолчанию record_id)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="290"/>
        <source>Table &apos;{0}&apos; has no column &apos;{1}&apos; (ID_FIELD); its columns: {2}.</source>
        <translation>В таблице «{0}» нет столбца «{1}» (ID_FIELD); её столбцы: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="628"/>
        <source>Table &apos;{0}&apos;: record ids {1} differ only by case or spaces; they are digitised as separate records (correct the table if they are one).</source>
        <translation>Таблица «{0}»: идентификаторы формуляров {1} различаются только регистром или пробелами; они оцифрованы как отдельные формуляры (исправьте таблицу, если это один формуляр).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/sensitivity.py" line="43"/>
        <source>Weight sensitivity of the clearance:prioritise ranking. Takes the same parcels, criteria, decays, distances, gate and optional WEIGHTS_AHP as clearance:prioritise, then re-ranks the parcels RUNS times with perturbed weights:

- Dirichlet: weights drawn from Dirichlet(CONCENTRATION x weights); mean = your weights, smaller CONCENTRATION = wider spread (100 gives about +-10 % on a weight of 0.4);
- Uniform: each weight multiplied by 1 + U(-SPREAD %, +SPREAD %), then renormalised.

The random generator is seeded (SEED), so a run is reproducible.

Output: every parcel with priority_score and priority_rank (your weights), rank_mean, rank_p05 and rank_p95 (5-95 % interval of its rank over the runs) and p_top_k (share of runs in which it ranks in the top TOP_K). CHART (PNG, optional) shows the rank intervals of the 30 most urgent parcels. A parcel whose interval is narrow and p_top_k near 1 is urgent whatever the exact weights.

ID_FIELD (optional) names the parcels in the chart and messages, as in clearance:prioritise: empty = guessed, else the feature id (then written as source_fid, so the chart and the saved layer give the same id whatever format the output has).</source>
        <translation>Чувствительность ранжирования clearance:prioritise к весам. Принимает те же участки, критерии, спады, расстояния, фильтр и необязательный WEIGHTS_AHP, что и clearance:prioritise, затем ранжирует участки RUNS раз с возмущёнными весами:

- Dirichlet: веса берутся из Dirichlet(CONCENTRATION x веса); среднее = ваши веса, меньшее CONCENTRATION = больший разброс (100 даёт около +-10 % при весе 0.4);
- Uniform: каждый вес умножается на 1 + U(-SPREAD %, +SPREAD %), затем веса нормируются заново.

Генератор случайных чисел инициализируется (SEED), поэтому запуск воспроизводим.

Результат: каждый участок с priority_score и priority_rank (ваши веса), rank_mean, rank_p05 и rank_p95 (интервал 5-95 % его ранга по запускам) и p_top_k (доля запусков, в которых он входит в первые TOP_K). CHART (PNG, необязательно) показывает интервалы рангов 30 самых срочных участков. Участок с узким интервалом и p_top_k около 1 срочен при любых точных весах.

ID_FIELD (необязательно) задаёт имена участков на диаграмме и в сообщениях, как в clearance:prioritise: пусто = угадывается, иначе идентификатор объекта (тогда он записывается как source_fid, чтобы диаграмма и сохранённый слой давали один идентификатор при любом формате вывода).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="218"/>
        <source>Parcel id field (default: guessed, else feature id)</source>
        <translation>Поле идентификатора участка (по умолчанию угадывается, иначе идентификатор объекта)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="76"/>
        <source>The field naming the parcels (guessed; empty: guessed at each run, else fid)</source>
        <translation>Поле с именами участков (угадывается; пусто: угадывается при каждом запуске, иначе fid)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="79"/>
        <source>Parcel id</source>
        <translation>Идентификатор участка</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="145"/>
        <source>Could not name the parcels by that field</source>
        <translation>Не удалось назвать участки по этому полю</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="28"/>
        <source>Id field (default: guessed — hazard_localid, localid, hazard_id, id… else fid)</source>
        <translation>Поле идентификатора (по умолчанию угадывается — hazard_localid, localid, hazard_id, id… иначе fid)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="82"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; ({2}); choose one of its fields ({3}) or leave {2} empty to guess it.</source>
        <translation>В слое «{0}» нет поля «{1}» ({2}); выберите одно из его полей ({3}) или оставьте {2} пустым, чтобы угадать его.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="147"/>
        <source>Layer &apos;{0}&apos;: {1}; all features are kept, labelled {2}.</source>
        <translation>Слой «{0}»: {1}; все объекты сохранены, с подписями {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="157"/>
        <source>Layer &apos;{0}&apos;: {1} is not used as id: {2}.</source>
        <translation>Слой «{0}»: {1} не используется как идентификатор: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="164"/>
        <source>Layer &apos;{0}&apos;: features named by {1}.</source>
        <translation>Слой «{0}»: объекты названы по {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="166"/>
        <source>Layer &apos;{0}&apos; has no field of unique, non-empty ids (tried: {1}); features are named by their feature id (set ID_FIELD to choose a field).</source>
        <translation>В слое «{0}» нет поля с уникальными непустыми идентификаторами (проверены: {1}); объекты названы по идентификатору объекта (задайте ID_FIELD, чтобы выбрать поле).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="166"/>
        <source>no id-like field</source>
        <translation>нет поля, похожего на идентификатор</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="190"/>
        <source>&apos;{0} #2&apos; from the second occurrence</source>
        <translation>«{0} #2» со второго вхождения</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/ids.py" line="192"/>
        <source>&apos;fid {0}&apos;</source>
        <translation>«fid {0}»</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="236"/>
        <source>feature {0} was added</source>
        <translation>добавлен объект {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="243"/>
        <source>{0} of its {1} features are gone</source>
        <translation>из {1} объектов исчезли {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/layers.py" line="249"/>
        <source>Layer &apos;{0}&apos; changed while the analysis ran ({1}); nothing was written. Run it again when the edits are saved.</source>
        <translation>Слой '{0}' изменился во время анализа ({1}); ничего не записано. Запустите снова, когда правки будут сохранены.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="103"/>
        <source>the server is not reachable; is it running, and are host and port right?</source>
        <translation>сервер недоступен; запущен ли он, верны ли хост и порт?</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="105"/>
        <source>the database user lacks the rights; ask the administrator for CREATE on the schema.</source>
        <translation>у пользователя базы данных нет прав; попросите администратора выдать CREATE на схему.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="109"/>
        <source>the schema does not exist; create it or choose another one.</source>
        <translation>схема не существует; создайте её или выберите другую.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="111"/>
        <source>the user name or password was refused; check the saved connection.</source>
        <translation>имя пользователя или пароль отклонены; проверьте сохранённое подключение.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="115"/>
        <source>PostgreSQL {0} ({1}): {2}{3}</source>
        <translation>PostgreSQL {0} ({1}): {2}{3}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="133"/>
        <source>QGIS has no PostgreSQL provider on this installation.</source>
        <translation>В этой установке QGIS нет провайдера PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="139"/>
        <source>connection</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="159"/>
        <source>check of table {0}</source>
        <translation>проверка таблицы {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="167"/>
        <source>columns of {0}</source>
        <translation>столбцы {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="176"/>
        <source>dependants of {0}</source>
        <translation>зависимые объекты {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="189"/>
        <source>{0}: no table named in the PostGIS destination.</source>
        <translation>{0}: в назначении PostGIS не указана таблица.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="192"/>
        <source>check of schema {0}</source>
        <translation>проверка схемы {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="200"/>
        <source>PostgreSQL ({0}): the schema &apos;{1}&apos; does not exist; create it or choose another one.</source>
        <translation>PostgreSQL ({0}): схема '{1}' не существует; создайте её или выберите другую.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="204"/>
        <source>PostgreSQL ({0}): the user may not create tables in schema &apos;{1}&apos; (no CREATE right); ask the administrator or choose a schema you own.</source>
        <translation>PostgreSQL ({0}): пользователь не может создавать таблицы в схеме '{1}' (нет права CREATE); обратитесь к администратору или выберите свою схему.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="244"/>
        <source>PostgreSQL: the table {0} has other columns than the new output and views depend on it; drop or change those views, or write to another table.</source>
        <translation>PostgreSQL: у таблицы {0} другие столбцы, чем у нового результата, и от неё зависят представления; удалите или измените эти представления либо запишите в другую таблицу.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="320"/>
        <source>removal of the partial table {0}</source>
        <translation>удаление промежуточной таблицы {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="335"/>
        <source>swap of the output tables</source>
        <translation>замена выходных таблиц</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="403"/>
        <source>run record in {0}</source>
        <translation>запись о запуске в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="445"/>
        <source>style in layer_styles</source>
        <translation>стиль в layer_styles</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="70"/>
        <source>Ranking map (PDF/PNG)</source>
        <translation>Карта приоритетов (PDF/PNG)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="85"/>
        <source>Prioritised layer (from clearance:prioritise)</source>
        <translation>Приоритизированный слой (из clearance:prioritise)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="90"/>
        <source>Districts to outline and label</source>
        <translation>Районы (контуры и подписи)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="95"/>
        <source>District label field</source>
        <translation>Поле подписи района</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="103"/>
        <source>Map title</source>
        <translation>Заголовок карты</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="104"/>
        <source>Most urgent parcels listed after the map (0 = none)</source>
        <translation>Самые срочные участки в списке после карты (0 = нет)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>Ranking map (PDF)</source>
        <translation>Карта приоритетов (PDF)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>Ranking map page (PNG)</source>
        <translation>Страница карты приоритетов (PNG)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="124"/>
        <source>Pages of the PDF</source>
        <translation>Страниц в PDF</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="147"/>
        <source>Priority class</source>
        <translation>Класс приоритета</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="155"/>
        <source>Clearance priority — {0}</source>
        <translation>Приоритет очистки — {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="171"/>
        <source>Layer &apos;{0}&apos; (INPUT) has no field {1}: run clearance:prioritise on it first and map its OUTPUT.</source>
        <translation>В слое «{0}» (INPUT) нет поля {1}: сначала запустите для него clearance:prioritise и стройте карту по его OUTPUT.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="180"/>
        <source>Layer &apos;{0}&apos; has no field &apos;{1}&apos; (DISTRICT_FIELD); its fields are: {2}.</source>
        <translation>В слое «{0}» нет поля «{1}» (DISTRICT_FIELD); его поля: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="214"/>
        <source>{0} features of &apos;{1}&apos; have a priority_class that is none of {2}; not drawn.</source>
        <translation>{0} объектов слоя «{1}» имеют priority_class вне {2}; не нарисованы.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="219"/>
        <source>counted in the legend, not drawn</source>
        <translation>учтены в легенде, не нарисованы</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="221"/>
        <source>not drawn</source>
        <translation>не нарисованы</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="224"/>
        <source>Layer &apos;{0}&apos; carries no run record: the weights are not on the map.</source>
        <translation>У слоя «{0}» нет записи о запуске: весов на карте нет.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="245"/>
        <source>{0} of {1}, plugin {2}</source>
        <translation>{0} от {1}, модуль {2}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="251"/>
        <source>Map of {0}</source>
        <translation>Карта от {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="251"/>
        <source>Layer: {0}</source>
        <translation>Слой: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="256"/>
        <source>Parcels: {0}</source>
        <translation>Участки: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="259"/>
        <source>Ranked against: {0}</source>
        <translation>Ранжировано по: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="274"/>
        <source>Districts: {0}</source>
        <translation>Районы: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="276"/>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="459"/>
        <source>Ranking map written to {0}</source>
        <translation>Карта приоритетов записана в {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="151"/>
        <source>Ranking map…</source>
        <translation>Карта приоритетов…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="152"/>
        <source>PDF and PNG map of the saved result (clearance:priority_map)</source>
        <translation>Карта сохранённого результата в PDF и PNG (clearance:priority_map)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="427"/>
        <source>Could not make the ranking map</source>
        <translation>Не удалось построить карту приоритетов</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="432"/>
        <source>save the result first</source>
        <translation>сначала сохраните результат</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="434"/>
        <source>Save the ranking map</source>
        <translation>Сохранить карту приоритетов</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="456"/>
        <source>The ranking map failed</source>
        <translation>Не удалось построить карту приоритетов</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="41"/>
        <source>Report template</source>
        <translation>Шаблон отчёта</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="44"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="46"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="47"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="51"/>
        <source>Language of the page texts</source>
        <translation>Язык текстов страниц</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="91"/>
        <source>Report template…</source>
        <translation>Шаблон отчёта…</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_layout.py" line="94"/>
        <source>… and {0} more notes in the HTML report.</source>
        <translation>… и ещё {0} примечаний в HTML-отчёте.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="15"/>
        <source>Coverage: map page</source>
        <translation>Покрытие: страница карты</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="16"/>
        <source>Coverage: table per district</source>
        <translation>Покрытие: таблица по районам</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="17"/>
        <source>Coverage: charts</source>
        <translation>Покрытие: диаграммы</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="18"/>
        <source>Ranking map: weights used</source>
        <translation>Карта приоритетов: использованные веса</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="19"/>
        <source>Ranking map: overview inset</source>
        <translation>Карта приоритетов: обзорная врезка</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="20"/>
        <source>Ranking map: table of the top parcels</source>
        <translation>Карта приоритетов: таблица самых срочных участков</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="47"/>
        <source>Ranks the same parcels under two scenarios (named weighting profiles: weights, decays, distances, gate and optional AHP matrix; see docs/scenarios.md) and reports how the ranking changes. Distances to the criterion layers are computed once and scored twice.

SCENARIO_A / SCENARIO_B: the path of a scenario JSON file (exported from the dock), the JSON text itself, or the name of a scenario saved in the current project.

Output: every parcel with rank_a, rank_b, rank_change (= rank_a - rank_b: positive means more urgent under B), score_a, score_b, class_a, class_b, in_top_k_a and in_top_k_b; styled on rank_change with a diverging ramp.

Results: KENDALL_TAU is Kendall&apos;s tau-b between the two priority orders (parcels passing the gate by score, then gated parcels), with equal scores kept as ties; 1 = same order, -1 = reversed. TOP_K_OVERLAP counts the parcels in the top TOP_K of both (TOP_K_SHARE = overlap / TOP_K); MOVERS lists the MOVERS parcels whose rank changes most (JSON). Parcels without a geometry have no rank and are not compared. REPORT (HTML) and CSV (optional) give the same figures and the movers.</source>
        <translation>Ранжирует одни и те же участки по двум сценариям (именованные профили весов: веса, функции затухания, расстояния, фильтр и необязательная матрица AHP; см. docs/scenarios.md) и показывает, как меняется ранжирование. Расстояния до слоёв критериев вычисляются один раз и оцениваются дважды.

SCENARIO_A / SCENARIO_B: путь к JSON-файлу сценария (экспортированному из панели), сам текст JSON или имя сценария, сохранённого в текущем проекте.

Результат: каждый участок с rank_a, rank_b, rank_change (= rank_a - rank_b: положительное значение означает большую срочность по B), score_a, score_b, class_a, class_b, in_top_k_a и in_top_k_b; стиль по rank_change с расходящейся шкалой.

Итоги: KENDALL_TAU — тау-b Кендалла между двумя порядками приоритета (участки, прошедшие фильтр, по баллу, затем не прошедшие), равные баллы учитываются как связи; 1 = тот же порядок, -1 = обратный. TOP_K_OVERLAP считает участки, входящие в первые TOP_K обоих (TOP_K_SHARE = пересечение / TOP_K); MOVERS перечисляет MOVERS участков, ранг которых меняется сильнее всего (JSON). Участки без геометрии не имеют ранга и не сравниваются. REPORT (HTML) и CSV (необязательные) дают те же цифры и самые большие перемещения.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="72"/>
        <source>Compare scenarios</source>
        <translation>Сравнить сценарии</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="92"/>
        <source>Scenario A (JSON file, JSON text or saved scenario name)</source>
        <translation>Сценарий A (JSON-файл, текст JSON или имя сохранённого сценария)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="92"/>
        <source>Scenario B (JSON file, JSON text or saved scenario name)</source>
        <translation>Сценарий B (JSON-файл, текст JSON или имя сохранённого сценария)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="98"/>
        <source>Top K (overlap of the K most urgent parcels)</source>
        <translation>Top K (пересечение K самых срочных участков)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="98"/>
        <source>Number of movers to list</source>
        <translation>Сколько самых сместившихся участков перечислить</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="98"/>
        <source>Rank change between scenarios</source>
        <translation>Изменение рангов между сценариями</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="113"/>
        <source>Comparison report (HTML)</source>
        <translation>Отчёт о сравнении (HTML)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="113"/>
        <source>Comparison summary and movers (CSV)</source>
        <translation>Итоги сравнения и перемещения (CSV)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="113"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="122"/>
        <source>Kendall tau-b between the rankings</source>
        <translation>Тау-b Кендалла между ранжированиями</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="122"/>
        <source>Parcels in the top K of both</source>
        <translation>Участки в первых K обоих</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="122"/>
        <source>Share of the top K in both</source>
        <translation>Доля первых K, общая для обоих</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="65"/>
        <source>Parcels compared</source>
        <translation>Сравнено участков</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="129"/>
        <source>Parcels moving most (JSON)</source>
        <translation>Сильнее всего сместившиеся участки (JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="209"/>
        <source>Clearance Planner rank change of &apos;{0}&apos; from scenario &apos;{1}&apos; to &apos;{2}&apos;.</source>
        <translation>Clearance Planner: изменение рангов '{0}' от сценария '{1}' к '{2}'.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="289"/>
        <source>&apos;{0}&apos; -&gt; &apos;{1}&apos;: Kendall tau-b {2:.4f} over {3} parcels; top {4} overlap {5} ({6:.0%}).</source>
        <translation>'{0}' -&gt; '{1}': тау-b Кендалла {2:.4f} по {3} участкам; пересечение первых {4}: {5} ({6:.0%}).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/compare_scenarios.py" line="304"/>
        <source>  {0}: rank {1} -&gt; {2} ({3:+d})</source>
        <translation>  {0}: ранг {1} -&gt; {2} ({3:+d})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="30"/>
        <source>DISTRICT_SUMMARY (optional table, with DISTRICTS): one row per district (layer order) and an &quot;Outside districts&quot; row: the count (n_high, n_medium, n_low, n_gated, n_unknown, n_total) and area in hectares (ha_…) of the parcels by class, and top_ids, the ids of the SUMMARY_TOP_N best-ranked High/Medium/Low parcels. Each parcel counts once, in the first district holding its point on surface, else outside (also parcels without geometry), so the counts add up to the parcels. DISTRICT_FIELD names the districts; empty: guessed (district, name, adm2_name…).</source>
        <translation>DISTRICT_SUMMARY (необязательная таблица, вместе с DISTRICTS): по строке на каждый район (в порядке слоя) и строка &quot;Outside districts&quot;: число (n_high, n_medium, n_low, n_gated, n_unknown, n_total) и площадь в гектарах (ha_…) участков по классам, а также top_ids — идентификаторы SUMMARY_TOP_N участков High/Medium/Low с лучшим рангом. Каждый участок учитывается один раз: в первом районе, содержащем его точку на поверхности, иначе вне районов (туда же идут участки без геометрии), поэтому сумма чисел равна числу участков. DISTRICT_FIELD задаёт названия районов; если пусто — определяется автоматически (district, name, adm2_name…).</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="51"/>
        <source>District summary: ids of the top N parcels per district</source>
        <translation>Сводка по районам: идентификаторы N лучших участков в каждом районе</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="59"/>
        <source>Districts for the district summary (polygons)</source>
        <translation>Районы для сводки по районам (полигоны)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="65"/>
        <source>District name field (empty: guessed, e.g. district or name)</source>
        <translation>Поле названия района (пусто: определяется автоматически, например district или name)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="76"/>
        <source>District summary (count and area by class, top ids)</source>
        <translation>Сводка по районам (число и площадь по классам, лучшие идентификаторы)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/district_summary.py" line="113"/>
        <source>DISTRICT_SUMMARY needs DISTRICTS: give the district polygons to sum by.</source>
        <translation>Для DISTRICT_SUMMARY нужен DISTRICTS: укажите полигоны районов для подсчёта.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/focus_area.py" line="11"/>
        <source>AREA (optional focus area, polygons; with &quot;Selected features only&quot; just its selection): only the hazards (parcels) intersecting or touching it are used, each kept whole, not clipped: exactly the features &quot;Extract by location&quot; (intersects) picks, with the same figures. The other input layers are read in full. Null and degenerate area polygons are named in a warning and left out; invalid ones are repaired.</source>
        <translation>AREA (необязательная область интереса, полигоны; с &quot;Только выбранные объекты&quot; — лишь выбранные): используются только опасные районы (участки), пересекающие её или касающиеся её, каждый целиком, без обрезки: ровно те объекты, которые выбирает &quot;Выборка по расположению&quot; (пересекает), с теми же результатами. Остальные входные слои читаются полностью. Пустые и вырожденные полигоны области называются в предупреждении и не используются; недействительные исправляются.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/focus_area.py" line="22"/>
        <source>Focus area: only hazards intersecting these polygons (kept whole)</source>
        <translation>Область интереса: только опасные районы, пересекающие эти полигоны (целиком)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="124"/>
        <source>Focus area (optional; its selection if it has one)</source>
        <translation>Область интереса (необязательно; выбранные объекты, если они есть)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="116"/>
        <source>Scenarios saved in the project: choose one to apply</source>
        <translation>Сценарии, сохранённые в проекте: выберите, чтобы применить</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="117"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="118"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="119"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="120"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="121"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="245"/>
        <source>Compare with…</source>
        <translation>Сравнить с…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="123"/>
        <source>Rank changes between these settings and a saved scenario</source>
        <translation>Изменения рангов между этими настройками и сохранённым сценарием</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_panel.py" line="127"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="111"/>
        <source>guessed: {0}</source>
        <translation>определено автоматически: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layer_set.py" line="108"/>
        <source>saved in the project</source>
        <translation>сохранено в проекте</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="122"/>
        <source>Could not read the dock settings of the project</source>
        <translation>Не удалось прочитать настройки панели из проекта</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="185"/>
        <source>Layer &apos;{0}&apos; cannot be {1}: {2}.</source>
        <translation>Слой '{0}' не может быть ролью «{1}»: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="122"/>
        <source>Could not apply the scenario</source>
        <translation>Не удалось применить сценарий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="220"/>
        <source>There is no scenario {0!r} in this project.</source>
        <translation>В этом проекте нет сценария {0!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="138"/>
        <source>Could not save the scenario</source>
        <translation>Не удалось сохранить сценарий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="141"/>
        <source>Save scenario as</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="146"/>
        <source>give the scenario a name</source>
        <translation>дайте сценарию имя</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="153"/>
        <source>Scenario {0!r} saved in the project.</source>
        <translation>Сценарий {0!r} сохранён в проекте.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="156"/>
        <source>Could not delete the scenario</source>
        <translation>Не удалось удалить сценарий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="162"/>
        <source>Delete scenario</source>
        <translation>Удалить сценарий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="162"/>
        <source>Delete scenario {0!r}?</source>
        <translation>Удалить сценарий {0!r}?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="171"/>
        <source>Could not import the scenarios</source>
        <translation>Не удалось импортировать сценарии</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="175"/>
        <source>Import scenarios</source>
        <translation>Импорт сценариев</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="197"/>
        <source>Scenario JSON (*.json)</source>
        <translation>JSON сценария (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="103"/>
        <source>cannot read {0}: {1}</source>
        <translation>не удаётся прочитать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="188"/>
        <source>Imported scenario(s): {0}</source>
        <translation>Импортированы сценарии: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="191"/>
        <source>Could not export the scenario</source>
        <translation>Не удалось экспортировать сценарий</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="197"/>
        <source>Export scenario</source>
        <translation>Экспорт сценария</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="237"/>
        <source>Could not compare the scenarios</source>
        <translation>Не удалось сравнить сценарии</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="245"/>
        <source>Saved scenario (B)</source>
        <translation>Сохранённый сценарий (B)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="252"/>
        <source>Comparing with {0!r}…</source>
        <translation>Сравнение с {0!r}…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="260"/>
        <source>The scenario comparison failed</source>
        <translation>Сравнение сценариев не удалось</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="268"/>
        <source>Rank change: {0}</source>
        <translation>Изменение рангов: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="281"/>
        <source>Compared with {0!r}: Kendall tau-b {1}; top-K overlap {2} ({3:.0%}).</source>
        <translation>Сравнение с {0!r}: тау-b Кендалла {1}; пересечение первых K: {2} ({3:.0%}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="289"/>
        <source>Parcels that move most (+ = more urgent under B):</source>
        <translation>Сильнее всего сместившиеся участки (+ = срочнее по B):</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="78"/>
        <source>no hazard is counted in them</source>
        <translation>в них не учитывается ни один опасный район</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/districts.py" line="82"/>
        <source>(feature {0})</source>
        <translation>(объект {0})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="100"/>
        <source>not part of the focus area</source>
        <translation>не входят в область интереса</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="102"/>
        <source>Layer &apos;{0}&apos; (AREA) has no features; choose a focus area or leave AREA empty.</source>
        <translation>Слой '{0}' (AREA) не содержит объектов; выберите область интереса или оставьте AREA пустым.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="108"/>
        <source>Layer &apos;{0}&apos; (AREA) has no usable polygon (each geometry is null, empty or degenerate); choose another focus area.</source>
        <translation>В слое '{0}' (AREA) нет пригодного полигона (каждая геометрия отсутствует, пуста или вырождена); выберите другую область интереса.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="127"/>
        <source>No feature of layer &apos;{0}&apos; ({1}) intersects the focus area &apos;{2}&apos; (AREA).</source>
        <translation>Ни один объект слоя '{0}' ({1}) не пересекает область интереса '{2}' (AREA).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/focus.py" line="137"/>
        <source>Focus area &apos;{0}&apos;: {1} of {2} features of &apos;{3}&apos; intersect it; {4} left out.</source>
        <translation>Область интереса '{0}': её пересекают {1} из {2} объектов слоя '{3}'; {4} не используются.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="39"/>
        <source>Features read</source>
        <translation>Прочитанные объекты</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="39"/>
        <source>Geometries repaired (makeValid)</source>
        <translation>Исправленные геометрии (makeValid)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="39"/>
        <source>Degenerate geometries (no area/length, NaN, not transformable)</source>
        <translation>Вырожденные геометрии (без площади/длины, NaN, не преобразуемые)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/base.py" line="56"/>
        <source>Parcels in class {0}</source>
        <translation>Участки класса {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="126"/>
        <source>Problems by rule (JSON: rule → count)</source>
        <translation>Проблемы по правилам (JSON: правило → число)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Districts in the table</source>
        <translation>Районы в таблице</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Unmapped hazard parts (GAPS features)</source>
        <translation>Незакартированные части опасных районов (объекты GAPS)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Hazard area (ha), all districts</source>
        <translation>Площадь опасных районов (га), все районы</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Hazard area outside records (ha)</source>
        <translation>Площадь опасных районов вне формуляров (га)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="296"/>
        <source>Incidents counted</source>
        <translation>Учтённые инциденты</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="177"/>
        <source>Tasks with coordinates (placemarks, atlas tasks)</source>
        <translation>Задачи с координатами (метки, задачи атласа)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/export.py" line="177"/>
        <source>Tasks beyond the UTM zone&apos;s valid range</source>
        <translation>Задачи вне допустимого диапазона зоны UTM</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Geometries repaired (= REPAIRED_GEOMETRIES)</source>
        <translation>Исправленные геометрии (= REPAIRED_GEOMETRIES)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Geometries kept as they came, not repairable (= DEGENERATE_GEOMETRIES)</source>
        <translation>Геометрии, сохранённые как есть, не исправимые (= DEGENERATE_GEOMETRIES)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="88"/>
        <source>Features without geometry (= NULL_GEOMETRIES)</source>
        <translation>Объекты без геометрии (= NULL_GEOMETRIES)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="71"/>
        <source>Ranking map: {0}</source>
        <translation>Карта приоритетов: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>Layout template (QPT)</source>
        <translation>Шаблон макета (QPT)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="114"/>
        <source>QGIS layout templates (*.qpt)</source>
        <translation>Шаблоны макетов QGIS (*.qpt)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="125"/>
        <source>Layout added to the project (name)</source>
        <translation>Макет, добавленный в проект (имя)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="130"/>
        <source>{0} parcels (= {1})</source>
        <translation>Участки {0} (= {1})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="187"/>
        <source>Give OUTPUT_PDF, OUTPUT_PNG or OUTPUT_QPT.</source>
        <translation>Укажите OUTPUT_PDF, OUTPUT_PNG или OUTPUT_QPT.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="327"/>
        <source>Layout &apos;{0}&apos; added to the project.</source>
        <translation>Макет '{0}' добавлен в проект.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/record_accuracy.py" line="162"/>
        <source>Districts summarised</source>
        <translation>Обобщённые районы</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="229"/>
        <source>Records with status ok</source>
        <translation>Формуляры со статусом ok</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="229"/>
        <source>Records by status (JSON: status → count)</source>
        <translation>Формуляры по статусам (JSON: статус → число)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="229"/>
        <source>Rows of the record table with errors</source>
        <translation>Строки таблицы формуляров с ошибками</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="156"/>
        <source>Cells with a score</source>
        <translation>Ячейки с баллом</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="156"/>
        <source>Lowest score (0-100)</source>
        <translation>Наименьший балл (0-100)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="156"/>
        <source>Mean score (0-100)</source>
        <translation>Средний балл (0-100)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/surface.py" line="156"/>
        <source>Highest score (0-100)</source>
        <translation>Наибольший балл (0-100)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="387"/>
        <source>Tasks planned</source>
        <translation>Запланированные задачи</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="387"/>
        <source>Parcels not planned (no usable polygon or effort)</source>
        <translation>Незапланированные участки (нет пригодного полигона или трудозатрат)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="387"/>
        <source>Completion date of the plan (ISO 8601)</source>
        <translation>Дата завершения плана (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/workplan.py" line="387"/>
        <source>Teams needed by TARGET_DATE (all methods)</source>
        <translation>Группы, нужные к TARGET_DATE (все методы)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="45"/>
        <source>the pairwise matrix is empty</source>
        <translation>матрица парных сравнений пуста</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="52"/>
        <source>row {0} of the pairwise matrix has a value that is not a number or fraction: {1!r}</source>
        <translation>в строке {0} матрицы парных сравнений есть значение, не являющееся числом или дробью: {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="65"/>
        <source>the pairwise matrix must be square: row {0} has {1} values, expected {2}</source>
        <translation>матрица парных сравнений должна быть квадратной: в строке {0} {1} значений, ожидается {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="82"/>
        <source>the pairwise matrix must be square, got shape {0}</source>
        <translation>матрица парных сравнений должна быть квадратной, её размер {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="87"/>
        <source>entry ({0}, {1}) must be a positive number, got {2}</source>
        <translation>элемент ({0}, {1}) должен быть положительным числом, получено {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="97"/>
        <source>diagonal entry ({0}, {1}) must be 1, got {2}</source>
        <translation>диагональный элемент ({0}, {1}) должен быть равен 1, получено {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="104"/>
        <source>entry ({0}, {1}) = {2:g} is outside the Saaty scale 1/9 … 9</source>
        <translation>элемент ({0}, {1}) = {2:g} вне шкалы Саати 1/9 … 9</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="115"/>
        <source>entries ({0}, {1}) = {2:g} and ({3}, {4}) = {5:g} are not reciprocal (their product must be 1)</source>
        <translation>элементы ({0}, {1}) = {2:g} и ({3}, {4}) = {5:g} не взаимно обратны (их произведение должно быть 1)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ahp.py" line="142"/>
        <source>AHP supports 1 to {0} criteria, got {1}</source>
        <translation>МАИ поддерживает от 1 до {0} критериев, получено {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="51"/>
        <source>not a number: {0!r}</source>
        <translation>не число: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="68"/>
        <source>not an angle in degrees or DMS: {0!r}</source>
        <translation>не угол в градусах или DMS: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="71"/>
        <source>minutes and seconds must be whole and below 60: {0!r}</source>
        <translation>минуты и секунды должны быть целыми и меньше 60: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="85"/>
        <source>unknown bearing unit {0!r}; use one of {1}</source>
        <translation>неизвестная единица азимута {0!r}; используйте одну из: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/bearings.py" line="113"/>
        <source>unknown bearing reference {0!r}; use {1}</source>
        <translation>неизвестная основа азимута {0!r}; используйте {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/calendar.py" line="30"/>
        <source>weekday index {0} is not 0-6</source>
        <translation>индекс дня недели {0} не в диапазоне 0-6</translation>
    </message>
    <message>
        <location filename="../plugin/engine/calendar.py" line="33"/>
        <source>no working day in the week: give at least one weekday</source>
        <translation>в неделе нет рабочего дня: укажите хотя бы один день недели</translation>
    </message>
    <message>
        <location filename="../plugin/engine/calendar.py" line="45"/>
        <source>months must be 1-12 (got {0})</source>
        <translation>месяцы должны быть 1-12 (получено {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/calendar.py" line="47"/>
        <source>all twelve months are no-work months: nothing can be scheduled</source>
        <translation>все двенадцать месяцев нерабочие: ничего нельзя запланировать</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="114"/>
        <source>(file)</source>
        <translation>(файл)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="108"/>
        <source>cannot be read ({0})</source>
        <translation>не читается ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="114"/>
        <source>is not UTF-8 text</source>
        <translation>не является текстом UTF-8</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="120"/>
        <source>line {0} column {1}</source>
        <translation>строка {0}, столбец {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="120"/>
        <source>not valid JSON ({0})</source>
        <translation>недопустимый JSON ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="126"/>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="327"/>
        <source>must be a JSON object</source>
        <translation>должен быть объектом JSON</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="183"/>
        <source>must not be empty (it renames clashing fields)</source>
        <translation>не должен быть пустым (он переименовывает совпадающие поля)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="236"/>
        <source>must be one of {0}</source>
        <translation>должно быть одним из: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="201"/>
        <source>must be &apos;dmy&apos; or &apos;mdy&apos;</source>
        <translation>должно быть 'dmy' или 'mdy'</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="221"/>
        <source>unknown kind; use {0}</source>
        <translation>неизвестный вид; используйте {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="246"/>
        <source>must be a list of field names or {{ng, core}}</source>
        <translation>должно быть списком имён полей или {{ng, core}}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="254"/>
        <source>names no vocabulary (&apos;{0}&apos;); add it to vocabularies</source>
        <translation>не называет словарь ('{0}'); добавьте его в vocabularies</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="260"/>
        <source>an indicator needs &apos;of&apos; (a target) and &apos;equals&apos; (a value)</source>
        <translation>индикатору нужны 'of' (цель) и 'equals' (значение)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="265"/>
        <source>must be a list of rules</source>
        <translation>должно быть списком правил</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="268"/>
        <source>a rule is {{target}}, {{if_filled, value}}, {{sum}} or {{geometry_area}}</source>
        <translation>правило — это {{target}}, {{if_filled, value}}, {{sum}} или {{geometry_area}}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="282"/>
        <source>only {{flavour}} may stand in braces</source>
        <translation>в фигурных скобках может стоять только {{flavour}}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="307"/>
        <source>refers to &apos;{0}&apos;, not a target defined before it</source>
        <translation>ссылается на '{0}', а это не цель, определённая раньше</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="318"/>
        <source>unknown key; expected one of {0}</source>
        <translation>неизвестный ключ; ожидается один из: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="333"/>
        <source>must be a list of strings</source>
        <translation>должно быть списком строк</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_mapping.py" line="339"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="83"/>
        <source>not an MGRS reference: {0!r}</source>
        <translation>не ссылка MGRS: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="86"/>
        <source>UTM zone {0} out of 1-60 in {1!r}</source>
        <translation>зона UTM {0} вне 1-60 в {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="88"/>
        <source>latitude band {0!r} in {1!r} is not supported (polar UPS or unknown)</source>
        <translation>широтный пояс {0!r} в {1!r} не поддерживается (полярная UPS или неизвестный)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="96"/>
        <source>{0!r} needs an even number (0-10) of easting/northing digits</source>
        <translation>{0!r}: нужно чётное число (0-10) цифр восточного смещения/северного смещения</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="102"/>
        <source>100 km column letter {0!r} is not used in zone {1} ({2!r})</source>
        <translation>буква столбца 100 км {0!r} не используется в зоне {1} ({2!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="111"/>
        <source>100 km row letter {0!r} is not valid ({1!r})</source>
        <translation>буква строки 100 км {0!r} недопустима ({1!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="127"/>
        <source>latitude {0:.6f} is outside MGRS's UTM area (80° S–84° N)</source>
        <translation>широта {0:.6f} вне области UTM системы MGRS (80° ю. ш.–84° с. ш.)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="137"/>
        <source>MGRS precision {0} is not 0-5 figures per axis</source>
        <translation>точность MGRS {0} — не 0-5 цифр на ось</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="139"/>
        <source>UTM zone {0} out of 1-60</source>
        <translation>зона UTM {0} вне 1-60</translation>
    </message>
    <message>
        <location filename="../plugin/engine/mgrs.py" line="145"/>
        <source>easting {0:.1f} m is outside MGRS&apos;s 100-900 km columns</source>
        <translation>восточное смещение {0:.1f} м вне столбцов MGRS 100-900 км</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="156"/>
        <source>PACE_M must be &gt; 0 (got {0})</source>
        <translation>PACE_M должен быть &gt; 0 (получено {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="159"/>
        <source>unknown distance unit {0!r}; use {1}</source>
        <translation>неизвестная единица расстояния {0!r}; используйте {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="357"/>
        <source>give both ref_x and ref_y (or an MGRS reference in ref_x)</source>
        <translation>укажите и ref_x, и ref_y (или ссылку MGRS в ref_x)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="364"/>
        <source>{0} (REF_CRS is projected: plain numbers expected)</source>
        <translation>{0} (REF_CRS проекционная: ожидаются простые числа)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="375"/>
        <source>longitude {0} / latitude {1} out of range</source>
        <translation>долгота {0} / широта {1} вне диапазона</translation>
    </message>
    <message>
        <location filename="../plugin/engine/replan.py" line="49"/>
        <source>task &apos;{0}&apos; is {1} but has no team or dates</source>
        <translation>задача '{0}' в состоянии {1}, но у неё нет группы или дат</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="76"/>
        <source>scenario {0!r}: every weight of the criteria given ({1}) is 0</source>
        <translation>сценарий {0!r}: все веса заданных критериев ({1}) равны 0</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="85"/>
        <source>scenario {0!r}: its AHP matrix (ahp.criteria) compares {1} but the criterion layers given are {2}</source>
        <translation>сценарий {0!r}: его матрица МАИ (ahp.criteria) сравнивает {1}, но заданы слои критериев {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="161"/>
        <source>{0} is not valid JSON: {1} (line {2}, column {3})</source>
        <translation>{0} — недопустимый JSON: {1} (строка {2}, столбец {3})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="179"/>
        <source>scenarios must be a list of scenario objects</source>
        <translation>scenarios должен быть списком объектов сценариев</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="184"/>
        <source>scenarios: the name(s) {0} appear twice</source>
        <translation>scenarios: имя (имена) {0} встречаются дважды</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="194"/>
        <source>{0} must be a JSON object</source>
        <translation>{0} должен быть объектом JSON</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="197"/>
        <source>{0}{1} is not a scenario key (expected {2})</source>
        <translation>{0}{1} — не ключ сценария (ожидается: {2})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="206"/>
        <source>{0}format must be {1!r}, got {2!r}</source>
        <translation>{0}format должен быть {1!r}, получено {2!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="214"/>
        <source>{0}name must be a non-empty text, got {1!r}</source>
        <translation>{0}name должен быть непустым текстом, получено {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="231"/>
        <source>{0}version must be the integer {1}, got {2!r}</source>
        <translation>{0}version должен быть целым числом {1}, получено {2!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="240"/>
        <source>{0}version {1} is newer than this plugin reads ({2}); update Clearance Planner</source>
        <translation>{0}version {1} новее, чем читает этот модуль ({2}); обновите Clearance Planner</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="251"/>
        <source>{0}version must be &gt;= 1, got {1}</source>
        <translation>{0}version должен быть &gt;= 1, получено {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="258"/>
        <source>{0} must be a text, got {1!r}</source>
        <translation>{0} должен быть текстом, получено {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="264"/>
        <source>{0} must be a number, got {1!r}</source>
        <translation>{0} должен быть числом, получено {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="266"/>
        <source>{0} must be a finite number &gt;= 0, got {1!r}</source>
        <translation>{0} должен быть конечным числом &gt;= 0, получено {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="296"/>
        <source>{0} must be an object with {1}</source>
        <translation>{0} должен быть объектом с {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="280"/>
        <source>{0}.{1} is not a criterion (expected {2})</source>
        <translation>{0}.{1} — не критерий (ожидается: {2})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="311"/>
        <source>{0}.{1} is missing</source>
        <translation>{0}.{1} отсутствует</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="301"/>
        <source>{0}.{1} is not a criterion setting (expected {2})</source>
        <translation>{0}.{1} — не параметр критерия (ожидается: {2})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="315"/>
        <source>{0}.decay must be one of {1}, got {2!r}</source>
        <translation>{0}.decay должен быть одним из: {1}, получено {2!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="332"/>
        <source>{0} must be null or an object with criteria and matrix</source>
        <translation>{0} должен быть null или объектом с criteria и matrix</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="342"/>
        <source>{0}.criteria must list distinct criteria of {1}, got {2!r}</source>
        <translation>{0}.criteria должен перечислять различные критерии из {1}, получено {2!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="356"/>
        <source>every entry must be a number</source>
        <translation>каждый элемент должен быть числом</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="358"/>
        <source>the pairwise matrix must be square</source>
        <translation>матрица парных сравнений должна быть квадратной</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="361"/>
        <source>it must be a list of rows or WEIGHTS_AHP text such as &apos;1,3;1/3,1&apos;</source>
        <translation>это должен быть список строк или текст WEIGHTS_AHP вида '1,3;1/3,1'</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="368"/>
        <source>{0}.matrix: {1}</source>
        <translation>{0}.matrix: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="370"/>
        <source>{0}.matrix has {1} rows but {2}.criteria lists {3}</source>
        <translation>в {0}.matrix {1} строк, но {2}.criteria перечисляет {3}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="48"/>
        <source>productivity must be &gt; 0 m² per team per day (got {0})</source>
        <translation>производительность должна быть &gt; 0 м² на группу в день (получено {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="52"/>
        <source>productivity must satisfy low &lt;= default &lt;= high (got {0})</source>
        <translation>производительность должна удовлетворять low &lt;= default &lt;= high (получено {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="64"/>
        <source>unknown method &apos;{0}&apos; in productivity table</source>
        <translation>неизвестный метод '{0}' в таблице производительности</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="73"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="97"/>
        <source>EXPECTED_REDUCTION must be in [0, 1) (got {0})</source>
        <translation>EXPECTED_REDUCTION должен быть в [0, 1) (получено {0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="120"/>
        <source>unknown method(s) {0}; expected one of {1}</source>
        <translation>неизвестный метод(ы) {0}; ожидается один из: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="156"/>
        <source>no team for method &apos;{0}&apos;: give TEAMS {1}:N with N &gt;= 1</source>
        <translation>нет группы для метода '{0}': укажите TEAMS {1}:N с N &gt;= 1</translation>
    </message>
    <message>
        <location filename="../plugin/engine/schedule.py" line="184"/>
        <source>task {0} waits for task {1} listed after it</source>
        <translation>задача {0} ждёт задачу {1}, указанную после неё</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="32"/>
        <source>distance scale must be &gt;= 0, got {0}</source>
        <translation>масштаб расстояния должен быть &gt;= 0, получено {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="44"/>
        <source>unknown decay {0!r}; expected one of {1}</source>
        <translation>неизвестный спад {0!r}; ожидается один из: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="54"/>
        <source>weights must be finite and &gt;= 0</source>
        <translation>веса должны быть конечными и &gt;= 0</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="57"/>
        <source>at least one weight must be &gt; 0</source>
        <translation>хотя бы один вес должен быть &gt; 0</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="134"/>
        <source>the High threshold must not be below the Medium threshold</source>
        <translation>порог High не должен быть ниже порога Medium</translation>
    </message>
    <message>
        <location filename="../plugin/engine/sensitivity.py" line="52"/>
        <source>runs must be &gt;= 1, got {0}</source>
        <translation>число прогонов должно быть &gt;= 1, получено {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/sensitivity.py" line="56"/>
        <source>concentration must be &gt; 0, got {0}</source>
        <translation>концентрация должна быть &gt; 0, получено {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/sensitivity.py" line="63"/>
        <source>spread must be in [0, 1), got {0}</source>
        <translation>разброс должен быть в [0, 1), получено {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/sensitivity.py" line="67"/>
        <source>unknown method {0!r}; expected one of {1}</source>
        <translation>неизвестный метод {0!r}; ожидается один из: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/surface.py" line="67"/>
        <source>cell size must be &gt; 0, got {0}</source>
        <translation>размер ячейки должен быть &gt; 0, получено {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/surface.py" line="115"/>
        <source>unknown decay {0!r}</source>
        <translation>неизвестный спад {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/traverse.py" line="78"/>
        <source>legs must be sorted by record</source>
        <translation>ходы должны быть упорядочены по формуляру</translation>
    </message>
    <message>
        <location filename="../plugin/engine/traverse.py" line="114"/>
        <source>unknown adjustment {0!r}; use {1}</source>
        <translation>неизвестное уравнивание {0!r}; используйте {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/utm.py" line="35"/>
        <source>not a UTM zone: {0!r}</source>
        <translation>не зона UTM: {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="93"/>
        <source>{0}: unknown hazard type &apos;{1}&apos;; expected sha or cha.</source>
        <translation>{0}: неизвестный тип опасного района '{1}'; ожидается sha или cha.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="99"/>
        <source>{0}: &apos;{1}&apos; needs a share (0-1) after the colon.</source>
        <translation>{0}: после двоеточия в '{1}' нужна доля (0-1).</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="103"/>
        <source>{0}: &apos;{1}&apos; must be a share from 0 to 1.</source>
        <translation>{0}: '{1}' должно быть долей от 0 до 1.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="115"/>
        <source>EXPECTED_REDUCTION must be in [0, 1) (got {0}).</source>
        <translation>EXPECTED_REDUCTION должен быть в [0, 1) (получено {0}).</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="138"/>
        <source>{0}: unknown method &apos;{1}&apos;; expected one of {2}.</source>
        <translation>{0}: неизвестный метод '{1}'; ожидается один из: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="149"/>
        <source>{0}: &apos;{1}&apos; needs a number after the colon.</source>
        <translation>{0}: после двоеточия в '{1}' нужно число.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="153"/>
        <source>{0}: &apos;{1}&apos; must be &gt;= 0.</source>
        <translation>{0}: '{1}' должно быть &gt;= 0.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="161"/>
        <source>{0}: team counts must be whole numbers.</source>
        <translation>{0}: число групп должно быть целым.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="171"/>
        <source>PRODUCTIVITY needs rows of 4 values: method, default, low, high.</source>
        <translation>PRODUCTIVITY требует строк из 4 значений: method, default, low, high.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="180"/>
        <source>PRODUCTIVITY row &apos;{0}&apos;: rates must be numbers ({1}).</source>
        <translation>строка PRODUCTIVITY '{0}': производительности должны быть числами ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="188"/>
        <source>PRODUCTIVITY: {0}</source>
        <translation>PRODUCTIVITY: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="194"/>
        <source>PRODUCTIVITY: file &apos;{0}&apos; not found.</source>
        <translation>PRODUCTIVITY: файл '{0}' не найден.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="201"/>
        <source>PRODUCTIVITY file &apos;{0}&apos;: rows {1} do not have 4 columns (method,default,low,high).</source>
        <translation>файл PRODUCTIVITY '{0}': в строках {1} не 4 столбца (method,default,low,high).</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="219"/>
        <source>HOLIDAYS must be dates YYYY-MM-DD separated by commas ({0}).</source>
        <translation>HOLIDAYS должны быть датами ГГГГ-ММ-ДД через запятую ({0}).</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan_params.py" line="237"/>
        <source>Calendar: {0} (WORK_DAYS, NO_WORK_MONTHS)</source>
        <translation>Календарь: {0} (WORK_DAYS, NO_WORK_MONTHS)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="91"/>
        <source>give a JSON file, JSON text or the name of a saved scenario</source>
        <translation>укажите файл JSON, текст JSON или имя сохранённого сценария</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="93"/>
        <source>the scenario JSON text</source>
        <translation>текст JSON сценария</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="106"/>
        <source>{0!r} is neither a JSON file nor a scenario saved in the project (saved scenarios: {1})</source>
        <translation>{0!r} — не файл JSON и не сценарий, сохранённый в проекте (сохранённые сценарии: {1})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="116"/>
        <source>{0} holds {1} scenarios; give a file with one</source>
        <translation>в {0} {1} сценариев; укажите файл с одним</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="185"/>
        <source>Map and grid: {0} (metres). Clearance Planner, {1}. Task {2} of {3}. Page {4} of {5}.</source>
        <translation>Карта и сетка: {0} (метры). Clearance Planner, {1}. Задача {2} из {3}. Страница {4} из {5}.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="289"/>
        <source>Layout template not written to {0}.</source>
        <translation>Шаблон макета не записан в {0}.</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="302"/>
        <source>PDF export to {0} failed: {1}</source>
        <translation>Экспорт PDF в {0} не удался: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="308"/>
        <source>PNG export to {0} failed.</source>
        <translation>Экспорт PNG в {0} не удался.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="41"/>
        <source>A printable map of a prioritised layer (the OUTPUT of clearance:prioritise): an A4 landscape print layout exported to OUTPUT_PDF and/or OUTPUT_PNG (the map page), and to OUTPUT_QPT (optional) as a QGIS layout template. Run in a project (not by qgis_process), the layout is also added to the project's layouts (Project › Layouts) as &quot;Ranking map: &lt;layer&gt;&quot;, replacing an earlier one of that name; its layers are copies registered in the project (not in the layer tree, not saved with their features): the LAYOUT result names it.

The map draws each parcel in its priority_class colour. The legend explains every class from the layer's run record (layer metadata or the GeoPackage's clearance_runs table): &quot;High: top third of scored parcels, score ≥ 26.3 (200)&quot; for tercile classes, the score break for CLASS_THRESHOLDS; without a run record the breaks are the lowest High and Medium scores found. The weights and decays used are listed from the run record. A banner says SYNTHETIC when the layer's metadata or its &quot;source&quot; field says so, else where the data come from. DISTRICTS (optional) are drawn as labelled outlines (DISTRICT_FIELD, default &quot;name&quot; or &quot;district&quot;). Scale bar, north arrow, date, data sources and an overview inset come with every map; the organisation, logo, language and sections are those of the report template (Clearance Planner › Report template…).

TOP_PARCELS (default 25, 0 = none) adds a table of the most urgent parcels after the map, continued over as many pages as it needs. The PDF holds every page, the PNG the map page.</source>
        <translation>Карта для печати приоритизированного слоя (OUTPUT алгоритма clearance:prioritise): макет печати A4 альбомной ориентации, экспортируемый в OUTPUT_PDF и/или OUTPUT_PNG (страница карты), а также в OUTPUT_QPT (необязательно) как шаблон макета QGIS. При запуске в проекте (не в qgis_process) макет также добавляется в макеты проекта (Project › Layouts) как «Карта приоритетов: &lt;слой&gt;», заменяя прежний макет с тем же именем; его слои — копии, зарегистрированные в проекте (не в дереве слоёв, не сохраняются со своими объектами): результат LAYOUT называет его.

Каждый участок закрашен цветом своего priority_class. Легенда объясняет каждый класс по записи о запуске слоя (метаданные слоя или таблица clearance_runs в GeoPackage): «High: top third of scored parcels, score ≥ 26.3 (200)» для классов по терцилям, порог балла для CLASS_THRESHOLDS; без записи о запуске пороги — наименьшие баллы классов High и Medium. Использованные веса и функции убывания перечисляются по записи о запуске. Плашка говорит SYNTHETIC, если метаданные слоя или его поле «source» об этом сообщают, иначе — откуда данные. DISTRICTS (необязательно) рисуются контурами с подписями (DISTRICT_FIELD, по умолчанию «name» или «district»). Масштабная линейка, стрелка севера, дата, источники данных и обзорная врезка есть на каждой карте; организация, логотип, язык и разделы берутся из шаблона отчёта (Clearance Planner › Report template…).

TOP_PARCELS (по умолчанию 25, 0 = нет) добавляет после карты таблицу самых срочных участков, продолжающуюся на стольких страницах, сколько нужно. PDF содержит все страницы, PNG — страницу карты.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="24"/>
        <source>ENGINE: local (default) reads every layer into QGIS; database lets PostGIS compute the distances (every input a PostGIS table of one database, with a primary key of one integer, text or uuid column): all inputs are read in one transaction (one snapshot), only ids and distances come back, with the same results within 0.01 m. A parcel table edited during the run stops it before anything is written.</source>
        <translation>ENGINE: local (по умолчанию) читает каждый слой в QGIS; database поручает расчёт расстояний PostGIS (каждый вход — таблица PostGIS одной базы данных с первичным ключом из одного целочисленного, текстового или uuid-столбца): все входы читаются в одной транзакции (одном снимке), обратно возвращаются только идентификаторы и расстояния, результаты совпадают с точностью 0,01 м. Если таблица участков изменяется во время запуска, он останавливается, ничего не записав.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="43"/>
        <source>Analysis engine (database: SQL in PostGIS, every input a table of one database)</source>
        <translation>Движок анализа (database: SQL в PostGIS, каждый вход — таблица одной базы данных)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="61"/>
        <source>AREA cannot be combined with ENGINE &apos;database&apos; yet; choose ENGINE &apos;local&apos;.</source>
        <translation>AREA пока нельзя сочетать с ENGINE 'database'; выберите ENGINE 'local'.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="72"/>
        <source>{0}: selected features or a feature limit cannot be read by ENGINE &apos;database&apos;; give the whole layer (a layer filter is fine) or choose ENGINE &apos;local&apos;.</source>
        <translation>{0}: выбранные объекты или ограничение числа объектов ENGINE 'database' прочитать не может; укажите весь слой (фильтр слоя допустим) или выберите ENGINE 'local'.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/proximity.py" line="478"/>
        <source>Nearest {0} for the parcels, in the database…</source>
        <translation>Ближайшие {0} для участков, в базе данных…</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_distances.py" line="213"/>
        <source>distances in the database</source>
        <translation>расстояния в базе данных</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_snapshot.py" line="52"/>
        <source>Layer &apos;{0}&apos; changed while the analysis ran (its rows were edited after the database read them); nothing was written. Run it again when the edits are saved.</source>
        <translation>Слой '{0}' изменился во время анализа (его строки были изменены после того, как база данных их прочитала); ничего не записано. Запустите снова, когда правки будут сохранены.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="213"/>
        <source>ENGINE &apos;database&apos; needs every input in PostGIS: layer &apos;{0}&apos; ({1}) is not a PostGIS table. Load it into the database, or choose ENGINE &apos;local&apos;.</source>
        <translation>ENGINE 'database' требует, чтобы каждый вход был в PostGIS: слой '{0}' ({1}) не является таблицей PostGIS. Загрузите его в базу данных или выберите ENGINE 'local'.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="221"/>
        <source>Layer &apos;{0}&apos; ({1}) is an SQL query, not a table; ENGINE &apos;database&apos; needs a table.</source>
        <translation>Слой '{0}' ({1}) — SQL-запрос, а не таблица; ENGINE 'database' нужна таблица.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="230"/>
        <source>Layer &apos;{0}&apos; ({1}) has no primary key of one integer, text or uuid column; ENGINE &apos;database&apos; needs one (e.g. a serial fid column) to match its rows.</source>
        <translation>У слоя '{0}' ({1}) нет первичного ключа из одного целочисленного, текстового или uuid-столбца; ENGINE 'database' нужен такой ключ (например, столбец fid типа serial), чтобы сопоставить строки.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="238"/>
        <source>Layer &apos;{0}&apos; ({1}): its CRS has no PostGIS SRID; ENGINE &apos;database&apos; needs one.</source>
        <translation>Слой '{0}' ({1}): у его системы координат нет SRID PostGIS; ENGINE 'database' он нужен.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_tables.py" line="273"/>
        <source>ENGINE &apos;database&apos; needs every input in one database: layer &apos;{0}&apos; ({1}) is in another database than &apos;{2}&apos; ({3}).</source>
        <translation>ENGINE 'database' требует, чтобы все входы были в одной базе данных: слой '{0}' ({1}) находится в другой базе данных, чем '{2}' ({3}).</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="174"/>
        <source>Overview</source>
        <translation>Обзорная карта</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="233"/>
        <source>Weights used:</source>
        <translation>Использованные веса:</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="235"/>
        <source>Data: {0}</source>
        <translation>Данные: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/priority_layout.py" line="241"/>
        <source>Most urgent parcels ({0})</source>
        <translation>Наиболее срочные участки ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/coverage.py" line="441"/>
        <source>The overlay CRS {0} has no PostGIS SRID; choose ENGINE &apos;local&apos;.</source>
        <translation>У системы координат наложения {0} нет SRID PostGIS; выберите ENGINE 'local'.</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/engine_choice.py" line="32"/>
        <source>ENGINE: local (default) does the overlay with GEOS in QGIS; database lets PostGIS do it (every input a PostGIS table of one database, with a primary key of one integer, text or uuid column): all inputs are read in one transaction, the same cleaning rules apply, areas are measured on the WGS 84 spheroid and only the figures and the unmapped pieces come back; incidents are still placed in QGIS. The figures equal the local ones within 1e-9 relative.</source>
        <translation>ENGINE: local (по умолчанию) выполняет наложение средствами GEOS в QGIS; database поручает его PostGIS (каждый вход — таблица PostGIS одной базы данных с первичным ключом из одного целочисленного, текстового или uuid-столбца): все входы читаются в одной транзакции, действуют те же правила очистки, площади измеряются на сфероиде WGS 84, обратно возвращаются только цифры и ненанесённые части; инциденты по-прежнему размещаются в QGIS. Цифры совпадают с локальными с относительной точностью 1e-9.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_overlay.py" line="219"/>
        <source>overlay in the database</source>
        <translation>наложение в базе данных</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/records.py" line="405"/>
        <source>{0}, record &apos;{1}&apos;, {2}: {3}</source>
        <translation>{0}, формуляр '{1}', {2}: {3}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="39"/>
        <source>row {0}: {1}: {2}</source>
        <translation>строка {0}: {1}: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="95"/>
        <source>{0} cells but the header has {1}: a delimiter inside an unquoted value? Quote that value</source>
        <translation>{0} ячеек, а в заголовке {1}: разделитель внутри значения без кавычек? Заключите это значение в кавычки</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="181"/>
        <source>seq must be a whole number (got {0!r})</source>
        <translation>seq должен быть целым числом (получено {0!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="185"/>
        <source>missing bearing</source>
        <translation>нет азимута</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="190"/>
        <source>bearing {0!r} out of range for {1}</source>
        <translation>азимут {0!r} вне диапазона для {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="193"/>
        <source>unreadable bearing: {0}</source>
        <translation>нечитаемый азимут: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="195"/>
        <source>missing distance</source>
        <translation>нет расстояния</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="204"/>
        <source>leg_type {0!r} is not approach or perimeter</source>
        <translation>leg_type {0!r} — не approach и не perimeter</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="214"/>
        <source>unreadable distance {0!r}</source>
        <translation>нечитаемое расстояние {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="216"/>
        <source>negative distance {0!r}</source>
        <translation>отрицательное расстояние {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="218"/>
        <source>distance must be &gt; 0 (got {0!r})</source>
        <translation>расстояние должно быть &gt; 0 (получено {0!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="220"/>
        <source>distance {0!r} is longer than 100 km</source>
        <translation>расстояние {0!r} длиннее 100 км</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="257"/>
        <source>missing record_id</source>
        <translation>нет record_id</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="267"/>
        <source>reference point differs from row {0}</source>
        <translation>исходная точка отличается от строки {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="281"/>
        <source>no reference point (ref_x/ref_y or landmark)</source>
        <translation>нет исходной точки (ref_x/ref_y или landmark)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="307"/>
        <source>duplicate seq {0}</source>
        <translation>повторяющийся seq {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="334"/>
        <source>approach leg after a perimeter leg</source>
        <translation>подходный отрезок после отрезка периметра</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="236"/>
        <source>{0} distinct vertices (needs {1})</source>
        <translation>{0} различных вершин (нужно {1})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="248"/>
        <source>consecutive vertices {0:,.0f} m apart (&gt; {1:,.0f} m)</source>
        <translation>соседние вершины в {0:,.0f} м друг от друга (&gt; {1:,.0f} м)</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="263"/>
        <source>area {0:.3g} m² &lt; {1:g} m²</source>
        <translation>площадь {0:.3g} м² &lt; {1:g} м²</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="279"/>
        <source>same geometry as features {0}</source>
        <translation>та же геометрия, что у объектов {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/check_geometry.py" line="294"/>
        <source>{0} repeats: {1}</source>
        <translation>{0} повторяется: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="347"/>
        <source>geometry: {0}</source>
        <translation>геометрия: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/import_imsma.py" line="383"/>
        <source>row {0} ({1})</source>
        <translation>строка {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/algorithms/priority_map.py" line="36"/>
        <source>SYNTHETIC DEMO DATA — hazards, incidents and infrastructure are invented; never use this map for operations</source>
        <translation>СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ — опасные районы, инциденты и инфраструктура вымышлены; никогда не используйте эту карту для работ</translation>
    </message>
    <message>
        <location filename="../plugin/engine/coverage.py" line="43"/>
        <source>Outside districts</source>
        <translation>Вне районов</translation>
    </message>
    <message>
        <location filename="../plugin/engine/coverage.py" line="44"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../plugin/engine/fieldfiles.py" line="75"/>
        <source>Coordinates: WGS 84; grid: WGS 84 / UTM zone {0} (EPSG:{1})</source>
        <translation>Координаты: WGS 84; сетка: WGS 84 / UTM зона {0} (EPSG:{1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="112"/>
        <source>&apos;{0}&apos; appears on features {1}</source>
        <translation>'{0}' встречается у объектов {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="121"/>
        <source>{0} {1}; and {2} more repeated ids (ids differing only by spaces or case are the same id)</source>
        <translation>{0} {1}; и ещё повторяющихся идентификаторов: {2} (идентификаторы, различающиеся только пробелами или регистром, считаются одним)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="127"/>
        <source>{0} {1} (ids differing only by spaces or case are the same id)</source>
        <translation>{0} {1} (идентификаторы, различающиеся только пробелами или регистром, считаются одним)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="132"/>
        <source>{0} is NULL or blank on features {1}</source>
        <translation>{0} — NULL или пусто у объектов {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="234"/>
        <source>{0}, … ({1} in all)</source>
        <translation>{0}, … (всего {1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/ids.py" line="237"/>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="39"/>
        <source>{0}: {1!r} not a number</source>
        <translation>{0}: {1!r} — не число</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="40"/>
        <source>{0}: {1!r} not a whole number</source>
        <translation>{0}: {1!r} — не целое число</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="41"/>
        <source>{0}: {1!r} not a date</source>
        <translation>{0}: {1!r} — не дата</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="176"/>
        <source>{0}: {1!r} not in vocabulary {2}</source>
        <translation>{0}: {1!r} нет в словаре {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="253"/>
        <source>from {0}</source>
        <translation>из {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="255"/>
        <source>&apos;{0}&apos; as {1} is filled</source>
        <translation>'{0}', так как {1} заполнено</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="257"/>
        <source>sum of {0}</source>
        <translation>сумма {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_import.py" line="258"/>
        <source>polygon area</source>
        <translation>площадь полигона</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_vertices.py" line="44"/>
        <source>built from {0} vertex row, {1} part(s)</source>
        <translation>построено из строк вершин: {0}, частей: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_vertices.py" line="44"/>
        <source>built from {0} vertex rows, {1} part(s)</source>
        <translation>построено из строк вершин: {0}, частей: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_vertices.py" line="65"/>
        <source>row {0}: no coordinate pair ({1!r}, {2!r})</source>
        <translation>строка {0}: нет пары координат ({1!r}, {2!r})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/imsma_vertices.py" line="69"/>
        <source>row {0}: order {1!r} not a number, put last</source>
        <translation>строка {0}: порядок {1!r} — не число, поставлена последней</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="25"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="26"/>
        <source>line</source>
        <translation>линия</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="27"/>
        <source>polygon</source>
        <translation>полигон</translation>
    </message>
    <message>
        <location filename="../plugin/engine/records.py" line="87"/>
        <source>{0} or {1}</source>
        <translation>{0} или {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="184"/>
        <source>{0} needs {1} geometry; this layer has {2}</source>
        <translation>для {0} нужна геометрия: {1}; у этого слоя: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="201"/>
        <source>name has {0}</source>
        <translation>в имени есть {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="205"/>
        <source>fields {0}</source>
        <translation>поля {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="210"/>
        <source>field {0} holds {1}</source>
        <translation>поле {0} содержит {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/layer_roles.py" line="213"/>
        <source>{0} geometry</source>
        <translation>геометрия: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="22"/>
        <source>High: top third of scored parcels, {0} ({1})</source>
        <translation>Высокий: верхняя треть оценённых участков, {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="23"/>
        <source>Medium: middle third of scored parcels, {0} ({1})</source>
        <translation>Средний: средняя треть оценённых участков, {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="24"/>
        <source>Low: bottom third of scored parcels, {0} ({1})</source>
        <translation>Низкий: нижняя треть оценённых участков, {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="27"/>
        <source>High: {0}, thresholds set for the run ({1})</source>
        <translation>Высокий: {0}, пороги заданы для запуска ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="28"/>
        <source>Medium: {0}, thresholds set for the run ({1})</source>
        <translation>Средний: {0}, пороги заданы для запуска ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="29"/>
        <source>Low: {0}, thresholds set for the run ({1})</source>
        <translation>Низкий: {0}, пороги заданы для запуска ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="32"/>
        <source>High: {0} ({1})</source>
        <translation>Высокий: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="33"/>
        <source>Medium: {0} ({1})</source>
        <translation>Средний: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="34"/>
        <source>Low: {0} ({1})</source>
        <translation>Низкий: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="38"/>
        <source>linear, 1 at 0 m to 0 at {0:g} m</source>
        <translation>линейный, от 1 при 0 м до 0 при {0:g} м</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="39"/>
        <source>exponential, 0.5 at {0:g} m</source>
        <translation>экспоненциальный, 0.5 при {0:g} м</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="40"/>
        <source>gaussian, 0.5 at {0:g} m</source>
        <translation>гауссов, 0.5 при {0:g} м</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="41"/>
        <source>step, 1 up to {0:g} m</source>
        <translation>ступенчатый, 1 до {0:g} м</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="89"/>
        <source>score ≥ {0}</source>
        <translation>балл ≥ {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="91"/>
        <source>{0} ≤ score &lt; {1}</source>
        <translation>{0} ≤ балл &lt; {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="93"/>
        <source>score &lt; {0}</source>
        <translation>балл &lt; {0}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="124"/>
        <source>Unknown: no geometry or no score ({0})</source>
        <translation>Неизвестно: нет геометрии или балла ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="132"/>
        <source>Gated: fails the hard condition {0}, ranked last ({1})</source>
        <translation>Отсеян фильтром: не выполняет жёсткое условие {0}, ранжируется последним ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="135"/>
        <source>Gated: fails the hard condition, ranked last ({0})</source>
        <translation>Отсеян фильтром: не выполняет жёсткое условие, ранжируется последним ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="142"/>
        <source>{0}, {1:g} m</source>
        <translation>{0}, {1:g} м</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="163"/>
        <source>{0} {1:.0f} % ({2})</source>
        <translation>{0} {1:.0f} % ({2})</translation>
    </message>
    <message>
        <location filename="../plugin/engine/priority_legend.py" line="166"/>
        <source>weights from AHP pairwise comparison, CR {0:.3f}</source>
        <translation>веса по попарному сравнению МАИ, CR {0:.3f}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scenario.py" line="153"/>
        <source>the JSON</source>
        <translation>JSON-текст</translation>
    </message>
    <message>
        <location filename="../plugin/engine/team_sizing.py" line="165"/>
        <source>no number of teams finishes by {0} (the chains themselves are longer)</source>
        <translation>никакое число групп не завершает работы к {0} (сами цепочки длиннее)</translation>
    </message>
    <message>
        <location filename="../plugin/engine/team_sizing.py" line="169"/>
        <source>teams needed to finish by {0}: {1}</source>
        <translation>групп нужно, чтобы завершить к {0}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/engine/team_sizing.py" line="170"/>
        <source>Completion {0} is more than {1:g} years after the start {2} (MAX_YEARS); bottleneck: {3} ({4} teams, its last task ends on the completion date); {5}.</source>
        <translation>Завершение {0} наступает более чем через {1:g} лет после начала {2} (MAX_YEARS); узкое место: {3} (групп: {4}, его последняя задача заканчивается в дату завершения); {5}.</translation>
    </message>
    <message>
        <location filename="../plugin/engine/workplan.py" line="21"/>
        <source>mechanical -&gt; manual: slope {0:.1f} &gt; {1:g} deg</source>
        <translation>механизированное -&gt; ручное: уклон {0:.1f} &gt; {1:g} град.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coverage_action.py" line="232"/>
        <source>Could not load {0}</source>
        <translation>Не удалось загрузить {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/extensions.py" line="30"/>
        <source>Could not install the desktop extension {0}</source>
        <translation>Не удалось установить расширение рабочего стола {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="77"/>
        <source>Saved role ignored: {0}</source>
        <translation>Сохранённая роль пропущена: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/roles.py" line="88"/>
        <source>Style {0} not applied to {1}: {2}</source>
        <translation>Стиль {0} не применён к {1}: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="290"/>
        <source>parcel</source>
        <translation>участок</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="290"/>
        <source>rank now</source>
        <translation>ранг сейчас</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="290"/>
        <source>rank under B</source>
        <translation>ранг по B</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="290"/>
        <source>change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="154"/>
        <source>nothing was written to {0}</source>
        <translation>в {0} ничего не записано</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="305"/>
        <source>cannot open {0}: {1}</source>
        <translation>не удаётся открыть {0}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="306"/>
        <source>{0}: cannot start a transaction ({1})</source>
        <translation>{0}: не удаётся начать транзакцию ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="307"/>
        <source>{0}: commit failed ({1})</source>
        <translation>{0}: не удалось зафиксировать транзакцию ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="308"/>
        <source>cannot delete the old table {0!r}: {1}</source>
        <translation>не удаётся удалить старую таблицу {0!r}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="309"/>
        <source>cannot create table {0!r}: {1}</source>
        <translation>не удаётся создать таблицу {0!r}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="310"/>
        <source>cannot create field {0!r}</source>
        <translation>не удаётся создать поле {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="311"/>
        <source>cannot copy feature {0}: {1}</source>
        <translation>не удаётся скопировать объект {0}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="312"/>
        <source>cannot write table {0!r}: {1}</source>
        <translation>не удаётся записать таблицу {0!r}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="349"/>
        <source>no table {0!r} in {1}</source>
        <translation>в {1} нет таблицы {0!r}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="94"/>
        <source>Style {0} not embedded: {1}</source>
        <translation>Стиль {0} не встроен: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="101"/>
        <source>Layer metadata not written to {0}: {1}</source>
        <translation>Метаданные слоя не записаны в {0}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="163"/>
        <source>Could not open {0} to record the run</source>
        <translation>Не удалось открыть {0}, чтобы записать запуск</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="31"/>
        <source>the project&apos;s saved scenarios</source>
        <translation>сохранённые в проекте сценарии</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/scenario_store.py" line="61"/>
        <source>the project&apos;s dock settings</source>
        <translation>настройки панели в проекте</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="34"/>
        <source>WKB ends at byte {0}, a count was expected at byte {1}</source>
        <translation>WKB заканчивается на байте {0}, на байте {1} ожидалось число</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="47"/>
        <source>byte {0}: byte order {1} is neither 0 nor 1</source>
        <translation>байт {0}: порядок байтов {1} — не 0 и не 1</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="17"/>
        <source>WKB ends at byte {0}, a geometry was expected at byte {1}</source>
        <translation>WKB заканчивается на байте {0}, на байте {1} ожидалась геометрия</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="18"/>
        <source>WKB ends at byte {0}, {1} points need bytes {2}-{3}</source>
        <translation>WKB заканчивается на байте {0}, для {1} точек нужны байты {2}-{3}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="19"/>
        <source>unsupported WKB geometry type {0} (segmentize curves first)</source>
        <translation>неподдерживаемый тип геометрии WKB {0} (сначала сегментируйте кривые)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/wkb.py" line="60"/>
        <source>unsupported WKB geometry type {0}</source>
        <translation>неподдерживаемый тип геометрии WKB {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/xlsx.py" line="102"/>
        <source>Clearance Planner (QGIS plugin)</source>
        <translation>Clearance Planner (модуль QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/xlsx.py" line="105"/>
        <source>areas in m² or ha (2 decimals), distances in m (0.1 m), scores 0.1, dates ISO 8601</source>
        <translation>площади в м² или га (2 знака), расстояния в м (0.1 м), баллы 0.1, даты ISO 8601</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Easting (m)</source>
        <translation>Восточное смещение (м)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Northing (m)</source>
        <translation>Северное смещение (м)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Latitude (°)</source>
        <translation>Широта (°)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Longitude (°)</source>
        <translation>Долгота (°)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Latitude (DMS)</source>
        <translation>Широта (DMS)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>Longitude (DMS)</source>
        <translation>Долгота (DMS)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/atlas.py" line="74"/>
        <source>MGRS (1 m)</source>
        <translation>MGRS (1 м)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="23"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="24"/>
        <source>kept unmapped</source>
        <translation>сохранено без сопоставления</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="151"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="157"/>
        <source>(constant)</source>
        <translation>(константа)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="160"/>
        <source>(rules only)</source>
        <translation>(только правила)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/imsma_report.py" line="161"/>
        <source>(none named)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="51"/>
        <source>undefined</source>
        <translation>не определено</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="60"/>
        <source>{0} (SYNTHETIC demo data)</source>
        <translation>{0} (СИНТЕТИЧЕСКИЕ демо-данные)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="62"/>
        <source>Scenario A</source>
        <translation>Сценарий A</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="63"/>
        <source>Scenario B</source>
        <translation>Сценарий B</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="66"/>
        <source>Kendall tau-b (ties kept)</source>
        <translation>Тау-b Кендалла (с учётом связей)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="67"/>
        <source>Top K</source>
        <translation>Первые K</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="68"/>
        <source>Top-K overlap</source>
        <translation>Пересечение первых K</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="68"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="69"/>
        <source>Top-K share kept</source>
        <translation>Доля сохранившихся в первых K</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="96"/>
        <source>Rank under A ({0})</source>
        <translation>Ранг по A ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="97"/>
        <source>Rank under B ({0})</source>
        <translation>Ранг по B ({0})</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="99"/>
        <source>{0} (SYNTHETIC data)</source>
        <translation>{0} (СИНТЕТИЧЕСКИЕ данные)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="120"/>
        <source>Scenario comparison: {0} / {1}</source>
        <translation>Сравнение сценариев: {0} / {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="121"/>
        <source>Scenario comparison</source>
        <translation>Сравнение сценариев</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="123"/>
        <source>{0} — SYNTHETIC demo data</source>
        <translation>{0} — СИНТЕТИЧЕСКИЕ демо-данные</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="124"/>
        <source>rank_change = rank under A − rank under B: positive means more urgent under B. Kendall tau-b compares the two priority orders with equal scores kept as ties (1 = same order, −1 = reversed).</source>
        <translation>rank_change = ранг по A − ранг по B: положительное значение означает большую срочность по B. Тау-b Кендалла сравнивает два порядка приоритетов, равные баллы учитываются как связи (1 = тот же порядок, −1 = обратный).</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="129"/>
        <source>Rank under A and under B</source>
        <translation>Ранги по A и по B</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="130"/>
        <source>rank under A against rank under B</source>
        <translation>ранг по A против ранга по B</translation>
    </message>
    <message>
        <location filename="../plugin/reports/scenario_compare.py" line="131"/>
        <source>Parcels that move most</source>
        <translation>Сильнее всего сместившиеся участки</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="268"/>
        <source>memory layer</source>
        <translation>временный слой</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/provenance.py" line="273"/>
        <source>layer &apos;{0}&apos; ({1})</source>
        <translation>слой '{0}' ({1})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="219"/>
        <source>Dock: distances for {0} parcels, {1} criteria</source>
        <translation>Панель: расстояния для {0} участков, {1} критериев</translation>
    </message>
    <message>
        <location filename="../plugin/gui/priority_dock.py" line="397"/>
        <source>Dock: Save result runs clearance:prioritise with {0}</source>
        <translation>Панель: «Сохранить результат» запускает clearance:prioritise с {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/scenarios.py" line="251"/>
        <source>Dock: Compare with {0} runs clearance:compare_scenarios</source>
        <translation>Панель: «Сравнить с {0}» запускает clearance:compare_scenarios</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="13"/>
        <source>linear</source>
        <translation>линейный</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="13"/>
        <source>exponential</source>
        <translation>экспоненциальный</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="13"/>
        <source>gaussian</source>
        <translation>гауссов</translation>
    </message>
    <message>
        <location filename="../plugin/engine/scoring.py" line="13"/>
        <source>step</source>
        <translation>ступенчатый</translation>
    </message>
    <message>
        <location filename="../plugin/gui/report_settings.py" line="32"/>
        <source>As the plugin (the language of QGIS)</source>
        <translation>Как в модуле (язык QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="26"/>
        <source>continued</source>
        <translation>продолжение</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="27"/>
        <source>continued on the next page</source>
        <translation>продолжение на следующей странице</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="28"/>
        <source>Page {0} of {1}</source>
        <translation>Стр. {0} из {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="29"/>
        <source>Created {0} with Clearance Planner {1}</source>
        <translation>Создано {0}, Clearance Planner {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/template.py" line="30"/>
        <source>+ {0} other districts: {1}</source>
        <translation>+ другие районы ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../plugin/reports/coverage_html.py" line="133"/>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>High priority</source>
        <translation>Высокий приоритет</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Medium priority</source>
        <translation>Средний приоритет</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Low priority</source>
        <translation>Низкий приоритет</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Gated (hard condition)</source>
        <translation>Не прошли фильтр (жёсткое условие)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Unknown (no geometry)</source>
        <translation>Неизвестно (нет геометрии)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>100 (most urgent)</source>
        <translation>100 (наиболее срочно)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>0–25 % of hazard area mapped</source>
        <translation>0–25 % опасной площади нанесено</translation>
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
        <translation>ПОР – открыт</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>SHA – Worked on</source>
        <translation>ПОР – в работе</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>SHA – Closed</source>
        <translation>ПОР – закрыт</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>CHA – Open</source>
        <translation>ПдОР – открыт</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>CHA – Worked on</source>
        <translation>ПдОР – в работе</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>CHA – Closed</source>
        <translation>ПдОР – закрыт</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Mine accident</source>
        <translation>Несчастный случай: мина</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>ERW accident</source>
        <translation>Несчастный случай: ВПВ</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Demining accident</source>
        <translation>Несчастный случай при разминировании</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Non-technical survey</source>
        <translation>Нетехническое обследование</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Technical survey</source>
        <translation>Техническое обследование</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Manual clearance</source>
        <translation>Ручное разминирование</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Mechanical</source>
        <translation>Механизированное</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Mine detection dogs</source>
        <translation>Минно-розыскные собаки</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Closed within tolerance</source>
        <translation>Замыкается в пределах допуска</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Not closed</source>
        <translation>Не замыкается</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Missing legs</source>
        <translation>Недостающие стороны</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Self-intersecting</source>
        <translation>Самопересечение</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Up 50 places or more under B</source>
        <translation>Выше на 50 мест и более в B</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Up 10-49 places</source>
        <translation>Выше на 10–49 мест</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Up 1-9 places</source>
        <translation>Выше на 1–9 мест</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Same rank</source>
        <translation>Тот же ранг</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Down 1-9 places</source>
        <translation>Ниже на 1–9 мест</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Down 10-49 places</source>
        <translation>Ниже на 10–49 мест</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Down 50 places or more under B</source>
        <translation>Ниже на 50 мест и более в B</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Stable top K (&gt;= 95 %)</source>
        <translation>Устойчиво в первых K (&gt;= 95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Usually (50–95 %)</source>
        <translation>Обычно (50–95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Sometimes (5–50 %)</source>
        <translation>Иногда (5–50 %)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/style_labels.py" line="18"/>
        <source>Rarely in the top K (&lt; 5 % of runs)</source>
        <translation>Редко в первых K (&lt; 5 % прогонов)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_distances.py" line="193"/>
        <source>count of the parcels</source>
        <translation>подсчёт участков</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/gpkg_rows.py" line="118"/>
        <source>its rows were edited after they were read</source>
        <translation>его строки изменены после того, как были прочитаны</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/bulk_read.py" line="335"/>
        <source>Table &apos;{0}&apos; cannot be read any more: {1}</source>
        <translation>Таблицу '{0}' больше нельзя прочитать: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_rows.py" line="65"/>
        <source>geometry column of {0}</source>
        <translation>столбец геометрии {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_rows.py" line="151"/>
        <source>rows of {0}</source>
        <translation>строки {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/pg_rows.py" line="153"/>
        <source>{0}: could not write its rows to PostGIS: {1}</source>
        <translation>{0}: не удалось записать строки в PostGIS: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="204"/>
        <source>{0}: PostgreSQL refused a batch of {1} features: {2}</source>
        <translation>{0}: PostgreSQL отклонил пакет из {1} объектов: {2}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/postgis.py" line="279"/>
        <source>spatial index of {0}</source>
        <translation>пространственный индекс {0}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/atomic.py" line="313"/>
        <source>not a GeoPackage GDAL can open</source>
        <translation>не GeoPackage, который может открыть GDAL</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="371"/>
        <source>Could not replace the output: {0} (is it open in another program?)</source>
        <translation>Не удалось заменить результат: {0} (он открыт в другой программе?)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_io/sinks.py" line="151"/>
        <source>{0}: the field fid holds no integers, and the output format keeps fid for its own ids; written as {1}</source>
        <translation>{0}: поле fid содержит не целые числа, а формат вывода оставляет fid для собственных идентификаторов; поле записано как {1}</translation>
    </message>
</context>
</TS>
