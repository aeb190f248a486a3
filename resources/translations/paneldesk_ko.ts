<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Agreement</name>
    <message>
        <source>the round has no expert category.</source>
        <translation>이 차수에는 전문가 부문이 없습니다.</translation>
    </message>
    <message>
        <source>fewer than 2 experts submitted sheets for the same teams.</source>
        <translation>같은 팀들에 대해 평가표를 제출한 전문가가 2명 미만입니다.</translation>
    </message>
    <message>
        <source>fewer than 2 teams were scored by the same experts.</source>
        <translation>같은 전문가들이 평가한 팀이 2개 미만입니다.</translation>
    </message>
    <message>
        <source>the experts&apos; totals do not differ, so there is nothing to compare.</source>
        <translation>전문가들의 총점에 차이가 없어 비교할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>good</source>
        <translation>양호</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>우수</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>관대함</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>엄격함</translation>
    </message>
    <message>
        <source>unlike the panel</source>
        <translation>평가단과 상이함</translation>
    </message>
    <message>
        <source>Kendall&apos;s W cannot be computed: %1</source>
        <translation>Kendall&apos;s W를 산출할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>W = %1 (1 = every expert ranks the teams in the same order, 0 = no common order); %2: agreement this strong is unlikely if the experts ranked at random.</source>
        <translation>W = %1 (1 = 모든 전문가가 팀의 순위를 동일하게 매김, 0 = 공통된 순위 없음); %2: 전문가들이 무작위로 순위를 매겼다면 이 정도로 높은 일치도가 나타날 가능성은 낮습니다.</translation>
    </message>
    <message>
        <source>W = %1 (1 = every expert ranks the teams in the same order, 0 = no common order); %2: agreement this weak could be chance.</source>
        <translation>W = %1 (1 = 모든 전문가가 팀의 순위를 동일하게 매김, 0 = 공통된 순위 없음); %2: 이 정도로 낮은 일치도는 우연에 의한 것일 수 있습니다.</translation>
    </message>
    <message>
        <source>With fewer than 8 teams p is only approximate.</source>
        <translation>팀이 8개 미만이면 p는 근삿값에 불과합니다.</translation>
    </message>
    <message>
        <source>ICC(2,1) cannot be computed: %1</source>
        <translation>ICC(2,1)을 산출할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>ICC(2,1) = %1, %2 (Koo &amp; Li 2016): how closely one expert&apos;s total for a team matches another expert&apos;s, 1 = identical totals, 0 or less = no agreement.</source>
        <translation>ICC(2,1) = %1, %2 (Koo &amp; Li 2016): 한 팀에 대한 전문가 간 총점이 서로 얼마나 근접하는지를 나타냅니다. 1 = 총점 동일, 0 이하 = 일치하지 않음.</translation>
    </message>
    <message>
        <source>%1: the round has no expert category.</source>
        <translation>%1: 이 차수에는 전문가 부문이 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no submitted sheet.</source>
        <translation>%1의 제출된 평가표가 없습니다.</translation>
    </message>
    <message>
        <source>%1 scored no team that another expert also scored: nothing to compare.</source>
        <translation>%1이(가) 평가한 팀 중 다른 전문가도 평가한 팀이 없어 비교할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>%1 scores %2 points above the panel on average, far from the other experts (their average %3, typical spread %4).</source>
        <translation>%1은(는) 평균적으로 평가단보다 %2점 높게 평가하며, 다른 전문가들과 차이가 큽니다 (다른 전문가 평균 %3, 통상적 편차 %4).</translation>
    </message>
    <message>
        <source>%1 scores %2 points below the panel on average, far from the other experts (their average %3, typical spread %4).</source>
        <translation>%1은(는) 평균적으로 평가단보다 %2점 낮게 평가하며, 다른 전문가들과 차이가 큽니다 (다른 전문가 평균 %3, 통상적 편차 %4).</translation>
    </message>
    <message>
        <source>%1 scores like the panel on average.</source>
        <translation>%1은(는) 평균적으로 평가단과 비슷하게 평가합니다.</translation>
    </message>
    <message>
        <source>%1 scores %2 points above the panel on average.</source>
        <translation>%1은(는) 평균적으로 평가단보다 %2점 높게 평가합니다.</translation>
    </message>
    <message>
        <source>%1 scores %2 points below the panel on average.</source>
        <translation>%1은(는) 평균적으로 평가단보다 %2점 낮게 평가합니다.</translation>
    </message>
    <message>
        <source>%1 orders the teams unlike the rest of the panel (rank correlation %2).</source>
        <translation>%1은(는) 나머지 평가단과 다르게 팀 순위를 매깁니다 (순위 상관 %2).</translation>
    </message>
    <message>
        <source>Not in W and ICC: this expert did not score every team of the table.</source>
        <translation>W 및 ICC 산출에서 제외: 이 전문가는 표의 모든 팀을 평가하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>Kendall&apos;s W: %1   chi-square %2 (df %3)   p %4</source>
        <translation>Kendall&apos;s W: %1   카이제곱 %2 (df %3)   p %4</translation>
    </message>
    <message>
        <source>ICC(2,1): %1 (%2)</source>
        <translation>ICC(2,1): %1 (%2)</translation>
    </message>
    <message>
        <source>Table for W and ICC: %1 expert(s) x %2 team(s) from %3 submitted sheet(s).</source>
        <translation>W 및 ICC 산출 표: 제출된 평가표 %3건 기준 전문가 %1명 x 팀 %2개.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>제외: %1.</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>전문가</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>관대도</translation>
    </message>
    <message>
        <source>Rank corr.</source>
        <translation>순위 상관</translation>
    </message>
    <message>
        <source>In W/ICC</source>
        <translation>W/ICC 포함</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>BackupPrompts</name>
    <message>
        <source>Restore from a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>PanelDesk backups (*.paneldesk);;All files (*)</source>
        <translation>PanelDesk 백업 (*.paneldesk);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Replace the panel %1 with the backup %2?

The backup is verified first; the panel as it is now is kept in its backups folder. Everyone is signed out and the panel is opened again.</source>
        <translation>패널 %1을(를) 백업 %2(으)로 바꿀까요?

백업을 먼저 검증하며, 지금 상태의 패널은 백업 폴더에 보관됩니다. 모두 로그아웃되고 패널을 다시 엽니다.</translation>
    </message>
    <message>
        <source>Damaged panel</source>
        <translation>손상된 패널</translation>
    </message>
    <message>
        <source>%1

The newest good backup of this panel is from %2 (%3). Restore it? Changes made after it are lost; the chair or the secretariat signs in.</source>
        <translation>%1

이 패널의 가장 최근 정상 백업은 %2에 만든 것입니다(%3). 이 백업으로 복원할까요? 그 뒤의 변경 내용은 사라지며, 위원장 또는 간사가 로그인해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>the backups folder %1 cannot be created</source>
        <translation>백업 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the backups folder %1 cannot be made private to its owner</source>
        <translation>백업 폴더 %1을(를) 소유자 전용으로 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is open in another program or was not closed cleanly (%1-wal exists); close it first</source>
        <translation>%1이(가) 다른 프로그램에서 열려 있거나 정상적으로 닫히지 않았습니다(%1-wal 파일이 있음). 먼저 닫으십시오</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>the backup %1 is refused: %2</source>
        <translation>백업 %1을(를) 거부했습니다: %2</translation>
    </message>
    <message>
        <source>could not finish writing %1</source>
        <translation>%1 쓰기를 마치지 못했습니다</translation>
    </message>
    <message>
        <source>%1 is a panel on a server: its administrator backs it up with pg_dump (docs/server.md)</source>
        <translation>%1은(는) 서버에 있는 패널입니다. 서버 관리자가 pg_dump로 백업합니다(docs/server.md).</translation>
    </message>
</context>
<context>
    <name>BenchmarkFiles</name>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (write decimals with a dot: 7.5)</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다 (소수점은 마침표로 쓰십시오: 7.5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>larger than %1 MiB, too large for this kind of file</source>
        <translation>%1 MiB를 초과하여 이 종류의 파일로 읽기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>the first line must name the columns team, benchmark, score and optionally target</source>
        <translation>첫 줄에는 team, benchmark, score 열과 선택적으로 target 열의 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>the file is empty; %1</source>
        <translation>파일이 비어 있습니다. %1</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (%2)</source>
        <translation>알 수 없는 열 &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is named twice</source>
        <translation>열 &quot;%1&quot;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>missing column %1 (%2)</source>
        <translation>%1 열이 없습니다 (%2)</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>필드가 %1개여야 하는데 %2개입니다</translation>
    </message>
    <message>
        <source>score: %1</source>
        <translation>score: %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>target: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>최상위 값은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>expected the &quot;results&quot; object of an lm-evaluation-harness results file</source>
        <translation>lm-evaluation-harness 결과 파일의 &quot;results&quot; 객체여야 합니다</translation>
    </message>
    <message>
        <source>model in the file: %1 (imported for team %2)</source>
        <translation>파일의 모델: %1 (%2 팀으로 가져옴)</translation>
    </message>
    <message>
        <source>task %1 is mapped to %2 but not in this file: that result is left as it is</source>
        <translation>태스크 %1은(는) %2에 매핑되어 있지만 이 파일에 없습니다: 해당 결과는 그대로 둡니다</translation>
    </message>
    <message>
        <source>expected an object of metrics</source>
        <translation>지표 객체여야 합니다</translation>
    </message>
    <message>
        <source>the task has no metric %1 (it has: %2)</source>
        <translation>태스크에 지표 %1이(가) 없습니다 (있는 지표: %2)</translation>
    </message>
    <message>
        <source>expected a number (found %1)</source>
        <translation>숫자여야 합니다 (입력: %1)</translation>
    </message>
    <message>
        <source>the scaled value is not a finite number</source>
        <translation>환산한 값이 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>expected &quot;paneldesk-benchmark-mapping&quot; (found &quot;%1&quot;)</source>
        <translation>&quot;paneldesk-benchmark-mapping&quot;이어야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>only version 1 is supported</source>
        <translation>버전 1만 지원합니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation>0보다 커야 합니다</translation>
    </message>
    <message>
        <source>task %1 with metric %2 is already mapped at mappings[%3]</source>
        <translation>지표 %2의 태스크 %1은(는) 이미 mappings[%3]에 매핑되어 있습니다</translation>
    </message>
    <message>
        <source>benchmark %1 is already the target of mappings[%2]</source>
        <translation>벤치마크 %1은(는) 이미 mappings[%2]의 대상입니다</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of the file are not mapped and are ignored: %1</source>
        <translation>
            <numerusform>파일의 태스크 %n개가 매핑되지 않아 무시됩니다: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchmarkPlan</name>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (목표 %2)</translation>
    </message>
    <message>
        <source>%1: new, %2</source>
        <translation>%1: 신규, %2</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot; (the round&apos;s teams: %2)</source>
        <translation>등록되지 않은 팀 &quot;%1&quot;입니다 (이 차수의 팀: %2)</translation>
    </message>
    <message>
        <source>unknown benchmark &quot;%1&quot;</source>
        <translation>등록되지 않은 벤치마크 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>benchmark %1 is for %2 only, not for team %3</source>
        <translation>벤치마크 %1은(는) %2 전용이며 %3 팀에는 적용되지 않습니다</translation>
    </message>
    <message>
        <source>team %1 and benchmark %2 are named twice (first at %3)</source>
        <translation>%1 팀과 벤치마크 %2이(가) 두 번 나옵니다 (처음 위치: %3)</translation>
    </message>
    <message>
        <source>benchmark %1 is in group %2, which compares with a target: the result needs a target above 0</source>
        <translation>벤치마크 %1은(는) 목표값과 비교하는 그룹 %2에 속합니다: 결과에 0보다 큰 목표값(target)이 있어야 합니다</translation>
    </message>
    <message>
        <source>an lm-evaluation-harness file holds the results of one model: say which team it is (--team)</source>
        <translation>lm-evaluation-harness 파일에는 한 모델의 결과만 들어 있습니다: 어느 팀인지 지정하십시오 (--team)</translation>
    </message>
    <message>
        <source>no mapping from tasks and metrics to benchmarks is stored yet: give one (--mapping FILE, or Mapping… in the window)</source>
        <translation>태스크·지표와 벤치마크 간 매핑이 아직 저장되어 있지 않습니다: 매핑을 지정하십시오 (--mapping FILE 또는 창의 매핑…)</translation>
    </message>
    <message>
        <source>the mapping of task %1 names benchmark %2, which the round does not have</source>
        <translation>태스크 %1의 매핑이 이 차수에 없는 벤치마크 %2을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>imported from %1 (sha256 %2)</source>
        <translation>%1에서 가져옴 (sha256 %2)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>이미지를 인코딩할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is UTF-32 (little-endian) text, not UTF-8: save it as UTF-8</source>
        <translation>파일이 UTF-8이 아닌 UTF-32(리틀 엔디언) 텍스트입니다: UTF-8로 저장하십시오</translation>
    </message>
    <message>
        <source>the file is UTF-32 (big-endian) text, not UTF-8: save it as UTF-8</source>
        <translation>파일이 UTF-8이 아닌 UTF-32(빅 엔디언) 텍스트입니다: UTF-8로 저장하십시오</translation>
    </message>
    <message>
        <source>the file is UTF-16 (little-endian) text, not UTF-8: save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>파일이 UTF-8이 아닌 UTF-16(리틀 엔디언) 텍스트입니다: UTF-8로 저장하십시오 (Excel에서는 &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the file is UTF-16 (big-endian) text, not UTF-8: save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>파일이 UTF-8이 아닌 UTF-16(빅 엔디언) 텍스트입니다: UTF-8로 저장하십시오 (Excel에서는 &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the file is a ZIP archive (an .xlsx or .ods spreadsheet?), not CSV text: save the sheet as &quot;CSV UTF-8&quot;</source>
        <translation>파일이 CSV 텍스트가 아닌 ZIP 압축 파일입니다 (.xlsx 또는 .ods 스프레드시트?): 시트를 &quot;CSV UTF-8&quot;로 저장하십시오</translation>
    </message>
    <message>
        <source>the file is an old Excel (.xls) or other Office document, not CSV text: save the sheet as &quot;CSV UTF-8&quot;</source>
        <translation>파일이 CSV 텍스트가 아닌 구 버전 Excel(.xls) 또는 기타 Office 문서입니다: 시트를 &quot;CSV UTF-8&quot;로 저장하십시오</translation>
    </message>
    <message>
        <source>the file is gzip-compressed: decompress it first</source>
        <translation>파일이 gzip으로 압축되어 있습니다: 먼저 압축을 푸십시오</translation>
    </message>
    <message>
        <source>the file is a PDF document, not CSV text</source>
        <translation>파일이 CSV 텍스트가 아닌 PDF 문서입니다</translation>
    </message>
    <message>
        <source>the file is an SQLite database, not CSV text</source>
        <translation>파일이 CSV 텍스트가 아닌 SQLite 데이터베이스입니다</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text without a byte-order mark (NUL bytes between the characters), not UTF-8: save it as UTF-8</source>
        <translation>파일이 UTF-8이 아니라 바이트 순서 표시(BOM) 없는 UTF-16 텍스트로 보입니다 (문자 사이에 NUL 바이트가 있음): UTF-8로 저장하십시오</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;; Korean Windows programs often write CP949/EUC-KR)</source>
        <translation>파일을 UTF-8로 저장하십시오 (Excel에서는 &quot;CSV UTF-8&quot;. 한국어 Windows 프로그램은 흔히 CP949/EUC-KR로 저장합니다)</translation>
    </message>
    <message>
        <source>the file is not UTF-8: the byte %1 here starts a character that the next byte (%2) does not continue; %3</source>
        <translation>파일이 UTF-8이 아닙니다: 여기의 바이트 %1은(는) 문자를 시작하지만 다음 바이트(%2)가 그 문자를 잇지 않습니다. %3</translation>
    </message>
    <message>
        <source>the file is not UTF-8: the byte %1 here cannot start a character; %2</source>
        <translation>파일이 UTF-8이 아닙니다: 여기의 바이트 %1은(는) 문자의 시작이 될 수 없습니다. %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>more than %1 fields in this record</source>
        <translation>이 레코드의 필드가 %1개를 초과합니다</translation>
    </message>
    <message>
        <source>the file is not UTF-8: it ends inside the character that starts here</source>
        <translation>파일이 UTF-8이 아닙니다: 여기서 시작하는 문자의 중간에서 파일이 끝납니다</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed (a missing closing quote)</source>
        <translation>여기서 시작하는 따옴표 필드가 닫히지 않았습니다 (닫는 따옴표 누락)</translation>
    </message>
    <message>
        <source>the quoted field that starts here runs on for more than %1 KiB: is its closing quote missing?</source>
        <translation>여기서 시작하는 따옴표 필드가 %1 KiB를 넘게 이어집니다: 닫는 따옴표가 빠졌습니까?</translation>
    </message>
    <message>
        <source>the record that starts on line %1 is longer than %2 KiB</source>
        <translation>%1행에서 시작하는 레코드가 %2 KiB보다 깁니다</translation>
    </message>
    <message>
        <source>a NUL byte: this is not CSV text (a binary file, or UTF-16 text)</source>
        <translation>NUL 바이트: CSV 텍스트가 아닙니다 (바이너리 파일 또는 UTF-16 텍스트)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field: put the whole field in quotes and double the quote (&quot;&quot;)</source>
        <translation>따옴표로 묶지 않은 필드 안에 따옴표가 있습니다: 필드 전체를 따옴표로 묶고 따옴표는 두 번 쓰십시오 (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (expected a comma or the end of the line)</source>
        <translation>필드의 닫는 따옴표 뒤에 텍스트가 있습니다 (쉼표나 줄 끝이 와야 합니다)</translation>
    </message>
</context>
<context>
    <name>DecideRound</name>
    <message>
        <source>only the chair decides the round (%1 is not the chair)</source>
        <translation>차수는 위원장만 결정할 수 있습니다 (%1은(는) 위원장이 아님)</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>the next round can only be created from a final round (round %1 is %2)</source>
        <translation>다음 차수는 확정된 차수에서만 만들 수 있습니다 (%1 차수는 %2 상태)</translation>
    </message>
    <message>
        <source>the next round needs a new id (%1 is the final round&apos;s)</source>
        <translation>다음 차수에는 새 ID가 필요합니다 (%1은(는) 확정된 차수의 ID입니다)</translation>
    </message>
    <message>
        <source>team %1 did not take part in round %2 and cannot re-enter; add it as a re-called team</source>
        <translation>%1 팀은 %2 차수에 참가하지 않았으므로 재진입할 수 없습니다. 재소환 팀으로 추가하십시오</translation>
    </message>
    <message>
        <source>team %1 advanced: it carries over and does not re-enter</source>
        <translation>%1 팀은 진출했습니다: 그대로 이어지며 재진입하지 않습니다</translation>
    </message>
    <message>
        <source>team %1 is named twice</source>
        <translation>%1 팀이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the re-called team id %1 is already in use</source>
        <translation>재소환 팀 ID %1은(는) 이미 사용 중입니다</translation>
    </message>
    <message>
        <source>%1: benchmark to be set</source>
        <translation>%1: 벤치마크 미정</translation>
    </message>
    <message>
        <source>only the chair may create the next round (%1 is not the chair)</source>
        <translation>다음 차수는 위원장만 만들 수 있습니다 (%1은(는) 위원장이 아님)</translation>
    </message>
    <message>
        <source>%1: wrong passphrase (or none set)</source>
        <translation>%1: 암호가 틀렸습니다 (또는 설정되지 않음)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>being scored</source>
        <translation>채점 중</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>결정됨</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>발표됨</translation>
    </message>
    <message>
        <source>final</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <source>cannot %1: round %2 is %3</source>
        <translation>%1 불가: %2 차수는 %3 상태입니다</translation>
    </message>
    <message>
        <source>lock the round</source>
        <translation>차수 잠금</translation>
    </message>
    <message>
        <source>reopen the round</source>
        <translation>차수 재개</translation>
    </message>
    <message>
        <source>decide the round</source>
        <translation>차수 결정</translation>
    </message>
    <message>
        <source>announce the decision</source>
        <translation>결정 발표</translation>
    </message>
    <message>
        <source>record an appeal</source>
        <translation>이의 신청 기록</translation>
    </message>
    <message>
        <source>rule on an appeal</source>
        <translation>이의 신청 재결</translation>
    </message>
    <message>
        <source>make the decision final</source>
        <translation>결정 확정</translation>
    </message>
    <message>
        <source>cannot %1: unknown member &quot;%2&quot;</source>
        <translation>%1 불가: 등록되지 않은 위원 &quot;%2&quot;입니다</translation>
    </message>
    <message>
        <source>only the chair may %1 (%2 is %3)</source>
        <translation>%1은(는) 위원장만 할 수 있습니다 (%2은(는) %3)</translation>
    </message>
    <message>
        <source>the standings are not complete (R7): %1</source>
        <translation>순위가 완성되지 않았습니다 (R7): %1</translation>
    </message>
    <message>
        <source>a reason was given for unknown team &quot;%1&quot;</source>
        <translation>등록되지 않은 팀 &quot;%1&quot;에 대한 사유가 있습니다</translation>
    </message>
    <message>
        <source>the chair&apos;s reason is missing for %1</source>
        <translation>%1에 대한 위원장의 사유가 없습니다</translation>
    </message>
    <message>
        <source>the announcement needs a valid date (YYYY-MM-DD)</source>
        <translation>발표에는 올바른 날짜(YYYY-MM-DD)가 필요합니다</translation>
    </message>
    <message>
        <source>the announcement date %1 is before the decision (%2)</source>
        <translation>발표일 %1이(가) 결정일(%2)보다 앞섭니다</translation>
    </message>
    <message>
        <source>the announcement date %1 is after today (%2)</source>
        <translation>발표일 %1이(가) 오늘(%2)보다 뒤입니다</translation>
    </message>
    <message>
        <source>there is no announced decision to appeal</source>
        <translation>이의 신청할 발표된 결정이 없습니다</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot; in round %2</source>
        <translation>%2 차수에 등록되지 않은 팀 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>team %1 cannot appeal: only a team eliminated on score or disqualified may appeal (its outcome is %2)</source>
        <translation>%1 팀은 이의 신청할 수 없습니다: 점수로 탈락했거나 실격된 팀만 이의 신청할 수 있습니다 (이 팀의 결과: %2)</translation>
    </message>
    <message>
        <source>the appeal needs a valid filing date (YYYY-MM-DD)</source>
        <translation>이의 신청에는 올바른 신청일(YYYY-MM-DD)이 필요합니다</translation>
    </message>
    <message>
        <source>the filing date %1 is before the announcement (%2)</source>
        <translation>신청일 %1이(가) 발표일(%2)보다 앞섭니다</translation>
    </message>
    <message>
        <source>the filing date %1 is after today (%2)</source>
        <translation>신청일 %1이(가) 오늘(%2)보다 뒤입니다</translation>
    </message>
    <message>
        <source>the appeal needs its grounds</source>
        <translation>이의 신청에는 신청 사유가 있어야 합니다</translation>
    </message>
    <message>
        <source>there is no appeal %1</source>
        <translation>이의 신청 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>appeal %1 is against decision version %2, which is no longer current</source>
        <translation>이의 신청 %1은(는) 더 이상 현재 버전이 아닌 결정 버전 %2에 대한 것입니다</translation>
    </message>
    <message>
        <source>appeal %1 was filed after the appeal window closed: it is refused by rule and cannot be ruled on</source>
        <translation>이의 신청 %1은(는) 이의 신청 기간이 끝난 뒤에 제출되었습니다: 규정에 따라 각하되며 재결할 수 없습니다</translation>
    </message>
    <message>
        <source>appeal %1 is already ruled on (%2)</source>
        <translation>이의 신청 %1은(는) 이미 재결되었습니다 (%2)</translation>
    </message>
    <message>
        <source>a ruling needs its reason</source>
        <translation>재결에는 사유가 있어야 합니다</translation>
    </message>
    <message>
        <source>the ruling date must lie between the filing (%1) and today (%2)</source>
        <translation>재결일은 신청일(%1)과 오늘(%2) 사이여야 합니다</translation>
    </message>
    <message>
        <source>there is no announced decision to make final</source>
        <translation>확정할 발표된 결정이 없습니다</translation>
    </message>
    <message>
        <source>the appeal window is open until the end of %1: the decision can be made final from %2</source>
        <translation>이의 신청 기간은 %1 종료 시까지입니다: 결정은 %2부터 확정할 수 있습니다</translation>
    </message>
    <message>
        <source>appeals await a ruling: %1</source>
        <translation>재결을 기다리는 이의 신청이 있습니다: %1</translation>
    </message>
    <message>
        <source>cannot %1: the database holds no round</source>
        <translation>%1 불가: 데이터베이스에 차수가 없습니다</translation>
    </message>
    <message>
        <source>database error: decision version %1 is missing</source>
        <translation>데이터베이스 오류: 결정 버전 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>no member can sit on the appeal committee for team %1: every chair and expert scored it or declared a conflict; add members who did not</source>
        <translation>%1 팀의 이의 신청 심사위원회에 참여할 수 있는 위원이 없습니다: 모든 위원장과 전문가가 이 팀을 채점했거나 이해충돌을 신고했습니다. 그렇지 않은 위원을 추가하십시오</translation>
    </message>
    <message>
        <source>committee: unknown member &quot;%1&quot;</source>
        <translation>심사위원회: 등록되지 않은 위원 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>committee: %1 is named twice</source>
        <translation>심사위원회: %1이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>committee: %1 scored team %2 and cannot rule on its appeal</source>
        <translation>심사위원회: %1은(는) %2 팀을 채점했으므로 이 팀의 이의 신청을 재결할 수 없습니다</translation>
    </message>
    <message>
        <source>committee: %1 has declared a conflict of interest with team %2</source>
        <translation>심사위원회: %1은(는) %2 팀과 이해충돌을 신고했습니다</translation>
    </message>
    <message>
        <source>a tie resolution orders two or more different teams</source>
        <translation>동점 처리 결정은 서로 다른 두 개 이상의 팀의 순서를 정해야 합니다</translation>
    </message>
    <message>
        <source>a tie resolution needs its rationale</source>
        <translation>동점 처리 결정에는 근거가 있어야 합니다</translation>
    </message>
    <message>
        <source>tie resolution: unknown team &quot;%1&quot; in round %2</source>
        <translation>동점 처리: %2 차수에 등록되지 않은 팀 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>reopening the round needs a reason</source>
        <translation>차수를 재개하려면 사유가 필요합니다</translation>
    </message>
    <message>
        <source>the decision needs a valid date</source>
        <translation>결정에는 올바른 날짜가 필요합니다</translation>
    </message>
    <message>
        <source>decision inputs</source>
        <translation>결정 입력 데이터</translation>
    </message>
    <message>
        <source>the decision is final: an appeal filed on %1, within the window, had to be recorded before it was made final</source>
        <translation>결정이 확정되었습니다: %1에 기간 내 제출된 이의 신청은 확정 전에 기록되었어야 합니다</translation>
    </message>
    <message>
        <source>appeal %1 upheld</source>
        <translation>이의 신청 %1 인용</translation>
    </message>
    <message>
        <source>appeal %1 upheld: %2</source>
        <translation>이의 신청 %1 인용: %2</translation>
    </message>
    <message>
        <source>round %1 is %2: scores, sheets and findings can no longer change</source>
        <translation>%1 차수는 %2 상태입니다: 점수, 평가표, 검토 결과를 더 이상 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>round %1 is %2 and holds its decision records: its inputs cannot be replaced (start the next round instead)</source>
        <translation>%1 차수는 %2 상태이며 결정 기록을 보유하고 있습니다: 입력 데이터를 교체할 수 없습니다 (대신 다음 차수를 시작하십시오)</translation>
    </message>
    <message>
        <source>the key of %1 cannot be opened</source>
        <translation>%1의 키를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 %2 is later than today&apos;s date %3: a step may record an earlier date, never a later one</source>
        <translation>%1 %2은(는) 오늘 날짜 %3보다 뒤입니다: 각 단계에는 이전 날짜를 기록할 수 있지만 이후 날짜는 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>user_ratings/%1: the stored ratings differ from their tallies (the ratings or the tallies were changed outside PanelDesk); nothing was decided. Run paneldesk-cli verify --db FILE for the whole report.</source>
        <translation>user_ratings/%1: 저장된 사용자 평가가 집계와 다릅니다 (평가 또는 집계가 PanelDesk 밖에서 변경됨). 결정하지 않았습니다. 전체 보고는 paneldesk-cli verify --db FILE로 확인하십시오.</translation>
    </message>
    <message>
        <source>user_ratings/%1: the stored ratings differ from their tallies (the ratings or the tallies were changed outside PanelDesk); nothing was decided. Run paneldesk-cli verify --db URL --as CHAIR for the whole report.</source>
        <translation>user_ratings/%1: 저장된 사용자 평가가 집계와 다릅니다 (평가 또는 집계가 PanelDesk 밖에서 변경됨). 결정하지 않았습니다. 전체 보고는 paneldesk-cli verify --db URL --as CHAIR로 확인하십시오.</translation>
    </message>
    <message>
        <source>the re-called team id &quot;%1&quot; is not a valid id (1 to %2 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>재호출 팀 ID &quot;%1&quot;은(는) 올바른 ID가 아닙니다 (영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; 1~%2자)</translation>
    </message>
    <message>
        <source>round.cut.eliminate: the new cut eliminates %1 teams, but round %2 holds only %3</source>
        <translation>round.cut.eliminate: 새 기준은 %1개 팀을 탈락시키지만 차수 %2에는 %3개 팀뿐입니다</translation>
    </message>
    <message>
        <source>round.cut.advance: the new cut advances %1 teams, but round %2 holds only %3</source>
        <translation>round.cut.advance: 새 기준은 %1개 팀을 진출시키지만 차수 %2에는 %3개 팀뿐입니다</translation>
    </message>
</context>
<context>
    <name>DecisionReport</name>
    <message>
        <source>Decision report: %1 — %2</source>
        <translation>결정 보고서: %1 — %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>ANNOUNCED, REOPENED ON APPEAL</source>
        <translation>발표됨, 이의 신청으로 재개됨</translation>
    </message>
    <message>
        <source>ANNOUNCED</source>
        <translation>발표됨</translation>
    </message>
    <message>
        <source>advances</source>
        <translation>진출</translation>
    </message>
    <message>
        <source>eliminated on score</source>
        <translation>탈락 (점수)</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>실격</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>tied at the cut</source>
        <translation>컷 동점</translation>
    </message>
    <message>
        <source>%1 (%2) — decision report</source>
        <translation>%1 (%2) — 결정 보고서</translation>
    </message>
    <message>
        <source>Decision version</source>
        <translation>결정 버전</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>결정일</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Appeal window closes</source>
        <translation>이의 신청 기간 종료</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>%1 종료 시</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>확정일</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>full (internal)</source>
        <translation>전체 (내부용)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>공개용</translation>
    </message>
    <message>
        <source>for team %1 only</source>
        <translation>%1 팀 전용</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>공개 범위</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>평가 방법</translation>
    </message>
    <message numerus="yes">
        <source>%n benchmark group(s)</source>
        <translation>
            <numerusform>벤치마크 그룹 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>How it is scored</source>
        <translation>채점 방식</translation>
    </message>
    <message>
        <source>Benchmark group</source>
        <translation>벤치마크 그룹</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>벤치마크</translation>
    </message>
    <message numerus="yes">
        <source>Cut: %1. Tie-break: %2. Appeals: %n day(s) after the announcement.</source>
        <translation>
            <numerusform>컷: %1. 동점 처리: %2. 이의 신청: 발표 후 %n일.</numerusform>
        </translation>
    </message>
    <message>
        <source>category order</source>
        <translation>부문 순서</translation>
    </message>
    <message numerus="yes">
        <source>Scores are shown rounded half away from zero to %n decimal(s); averages over teams with one more.</source>
        <translation>
            <numerusform>점수는 소수점 이하 %n자리로 반올림(0에서 먼 쪽)하여 표시합니다. 팀 평균은 한 자리 더 표시합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message numerus="yes">
        <source>Average of %n team(s)</source>
        <translation>
            <numerusform>%n개 팀 평균</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores are published for: %1. The other teams&apos; scores are not published.</source>
        <translation>점수 공개 대상: %1. 다른 팀의 점수는 공개하지 않습니다.</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Model: %1; entered in round %2</source>
        <translation>모델: %1. %2 차수에 참가</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>This team&apos;s scores are not published.</source>
        <translation>이 팀의 점수는 공개하지 않습니다.</translation>
    </message>
    <message>
        <source>Outcome: %1. %2</source>
        <translation>결과: %1. %2</translation>
    </message>
    <message>
        <source>Independence verdict: %1. %2</source>
        <translation>독자성 판정: %1. %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성요소</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>출처 유형</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>External control</source>
        <translation>외부 통제</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Outcomes and reasons</source>
        <translation>결과와 사유</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Appeals and rulings</source>
        <translation>이의 신청과 재결</translation>
    </message>
    <message>
        <source>late: refused by rule</source>
        <translation>기한 경과: 규정에 따라 각하</translation>
    </message>
    <message>
        <source>awaiting ruling</source>
        <translation>재결 대기</translation>
    </message>
    <message>
        <source>No appeal has been filed against this version.</source>
        <translation>이 버전에 대해 제출된 이의 신청이 없습니다.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>신청일</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>신청 사유</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>재결</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>심사위원회</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>서명란</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Input fingerprint</source>
        <translation>입력 데이터 지문</translation>
    </message>
    <message>
        <source>This draft has no decision yet, and so no fingerprint.</source>
        <translation>이 초안에는 아직 결정이 없으므로 지문도 없습니다.</translation>
    </message>
    <message>
        <source>The fingerprint is the SHA-256 of the canonical inputs of version %1. To check it: paneldesk-cli fingerprint --db PANEL --version %1 --inputs-out inputs.json, then sha256sum inputs.json; paneldesk-cli import-panel inputs.json and standings reproduce these standings.</source>
        <translation>지문은 버전 %1의 정규화된 입력 데이터에 대한 SHA-256입니다. 확인 방법: paneldesk-cli fingerprint --db PANEL --version %1 --inputs-out inputs.json을 실행한 뒤 sha256sum inputs.json을 실행하십시오. paneldesk-cli import-panel inputs.json과 standings로 이 순위를 재현할 수 있습니다.</translation>
    </message>
    <message>
        <source>a team report needs a team of the round (got &quot;%1&quot;)</source>
        <translation>팀 보고서에는 이 차수의 팀이 필요합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot; to publish</source>
        <translation>공개할 팀 &quot;%1&quot;은(는) 등록되지 않은 팀입니다</translation>
    </message>
    <message>
        <source>round %1 has no decision version %2</source>
        <translation>%1 차수에는 결정 버전 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>%1 rubric items, aggregation: %2</source>
        <translation>평가 항목 %1개, 집계 방식: %2</translation>
    </message>
    <message>
        <source>%1 items on a %2–%3 scale, normalisation: %4</source>
        <translation>%2–%3 척도 항목 %1개, 정규화: %4</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>ratio to the target</source>
        <translation>목표치 대비 비율</translation>
    </message>
    <message>
        <source>ratio to the best team</source>
        <translation>최고 팀 대비 비율</translation>
    </message>
    <message>
        <source>lowest to highest (min-max)</source>
        <translation>최저–최고 (min-max)</translation>
    </message>
    <message>
        <source>absolute (as scored)</source>
        <translation>절대값 (채점 그대로)</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message numerus="yes">
        <source>mean without the %n highest and %n lowest total(s)</source>
        <translation>
            <numerusform>최고 총점 %n개와 최저 총점 %n개를 뺀 평균</numerusform>
        </translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>기각</translation>
    </message>
    <message>
        <source>Category scores per team in rank order (bars stacked by category), the averages and the cut line</source>
        <translation>팀별 부문 점수 (순위순, 부문별 누적 막대), 평균과 컷 기준선</translation>
    </message>
    <message>
        <source>Cut line (%1 – %2)</source>
        <translation>컷 기준선 (%1 – %2)</translation>
    </message>
    <message>
        <source>Scores per category (points), one bar per team</source>
        <translation>부문별 점수 (점), 팀마다 막대 하나</translation>
    </message>
    <message>
        <source>Expert totals per team (counted sheets): lowest, quartiles, median, highest, and each sheet</source>
        <translation>팀별 전문가 총점 (반영된 평가표): 최저, 사분위, 중앙값, 최고와 개별 평가표</translation>
    </message>
    <message>
        <source>Category achievement per team (% of the category&apos;s points)</source>
        <translation>팀별 부문 달성률 (부문 배점 대비 %)</translation>
    </message>
    <message>
        <source>Benchmark group scores per team (points)</source>
        <translation>팀별 벤치마크 그룹 점수 (점)</translation>
    </message>
    <message>
        <source>Category scores per team in rank order (bars stacked by category) and the averages</source>
        <translation>팀별 부문 점수 (순위순, 부문별 누적 막대)와 평균</translation>
    </message>
    <message>
        <source>%1 (recorded %2 UTC)</source>
        <translation>%1 (시스템 기록 시각 %2 UTC)</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>감사 기록 체인 헤드</translation>
    </message>
    <message>
        <source>Audit entry %1, SHA-256: %2</source>
        <translation>감사 기록 %1번, SHA-256: %2</translation>
    </message>
    <message>
        <source>Every change to the panel is an entry of a hash chain signed by its author. To check that nothing recorded up to this entry was changed or removed: paneldesk-cli verify --db PANEL --head %1</source>
        <translation>평가의 모든 변경은 작성자가 서명한 해시 체인에 기록으로 남습니다. 이 기록까지의 내용이 변경되거나 삭제되지 않았는지 확인하는 방법: paneldesk-cli verify --db PANEL --head %1</translation>
    </message>
    <message>
        <source>the decision report was cancelled</source>
        <translation>결정 보고서 작성이 취소되었습니다</translation>
    </message>
    <message>
        <source>the decision report is computed from the inputs of version %1, which only the chair may read on this server (docs/server.md)</source>
        <translation>결정 보고서는 버전 %1의 입력 자료로 계산되는데, 이 서버에서는 위원장만 그 자료를 읽을 수 있습니다(docs/server.md)</translation>
    </message>
    <message>
        <source>(the stored report no longer reads as a provenance report)</source>
        <translation>(저장된 보고서를 더 이상 출처 보고서로 읽을 수 없음)</translation>
    </message>
    <message>
        <source>Component no.</source>
        <translation>구성 요소 번호</translation>
    </message>
    <message>
        <source>Attached provenance report</source>
        <translation>첨부된 출처 보고서</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>첨부한 사람</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>the allowed values of a field, e.g. &quot;benchmark, expert or user&quot;</extracomment>
        <translation>%1 또는 %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>통합 문서를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot save the file: %1</source>
        <translation>파일을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot create it</source>
        <translation>만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>in house</source>
        <translation>자체 개발</translation>
    </message>
    <message>
        <source>open source</source>
        <translation>오픈소스</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>제3자</translation>
    </message>
    <message>
        <source>own</source>
        <translation>자체</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>허용적</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>제한적</translation>
    </message>
    <message>
        <source>proprietary</source>
        <translation>독점</translation>
    </message>
    <message>
        <source>initialised and trained by the team</source>
        <translation>팀이 직접 초기화·학습</translation>
    </message>
    <message>
        <source>pretrained weights reused</source>
        <translation>사전학습 가중치 재사용</translation>
    </message>
    <message>
        <source>pretrained weights reused, frozen</source>
        <translation>사전학습 가중치 재사용(동결)</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>가능성 있음</translation>
    </message>
    <message>
        <source>present</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>합격</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>불합격</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>there is no round to record findings for yet</source>
        <translation>아직 검토 결과를 기록할 차수가 없습니다</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot; in round %2</source>
        <translation>%2 차수에 등록되지 않은 팀 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>%1 has declared a conflict of interest with team %2 and cannot see or change its findings</source>
        <translation>%1은(는) %2 팀과 이해충돌을 신고하여 이 팀의 검토 결과를 보거나 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>only the chair and experts record findings (%1 is neither)</source>
        <translation>검토 결과는 위원장과 전문가만 기록할 수 있습니다 (%1은(는) 해당하지 않음)</translation>
    </message>
    <message>
        <source>a model component needs a name</source>
        <translation>모델 구성요소에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>unexpected value &quot;%1&quot; in the findings</source>
        <translation>검토 결과에 예상하지 못한 값 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>there is no model component %1 in round %2 (it may have been removed meanwhile)</source>
        <translation>%2 차수에 모델 구성요소 %1이(가) 없습니다 (그 사이에 삭제되었을 수 있습니다)</translation>
    </message>
    <message>
        <source>only the chair records the panel&apos;s independence verdict (%1 is not the chair)</source>
        <translation>독자성 판정은 위원장만 기록할 수 있습니다 (%1은(는) 위원장이 아님)</translation>
    </message>
    <message>
        <source>a %1 verdict needs a written rationale (R5)</source>
        <translation>%1 판정에는 사유를 적어야 합니다 (R5)</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>the server stored the report with another SHA-256 (%1)</source>
        <translation>서버가 보고서를 다른 SHA-256(%1)으로 저장했습니다</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>fingerprinting the decision inputs was cancelled</source>
        <translation>결정 입력의 지문 계산이 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… 외 %n건의 문제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Independence</name>
    <message>
        <source>pending: no component findings recorded</source>
        <translation>보류: 기록된 구성요소 검토 결과 없음</translation>
    </message>
    <message>
        <source>fail: %1 reuses pretrained weights%2</source>
        <translation>불합격: %1이(가) 사전학습 가중치를 재사용함%2</translation>
    </message>
    <message>
        <source>fail: %1 is outside code under a restricted or proprietary licence%2</source>
        <translation>불합격: %1은(는) 제한적·독점 라이선스의 외부 코드임%2</translation>
    </message>
    <message>
        <source>fail: %1 is under outside control%2</source>
        <translation>불합격: %1이(가) 외부 통제를 받음%2</translation>
    </message>
    <message>
        <source>pass: every component initialised and trained by the team, own or permissive licence, no outside control</source>
        <translation>합격: 모든 구성요소를 팀이 직접 초기화·학습, 자체 또는 허용 라이선스, 외부 통제 없음</translation>
    </message>
    <message>
        <source>pending: %1 is neither clearly independent nor failing (check its licence, weights and outside control)</source>
        <translation>보류: %1은(는) 독자성 충족도 불충족도 분명하지 않음 (라이선스, 가중치, 외부 통제를 확인)</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>found null</source>
        <translation>입력: null</translation>
    </message>
    <message>
        <source>found a boolean</source>
        <translation>입력: 논리값</translation>
    </message>
    <message>
        <source>found %1</source>
        <translation>입력: %1</translation>
    </message>
    <message>
        <source>found a number</source>
        <translation>입력: 숫자</translation>
    </message>
    <message>
        <source>found a string</source>
        <translation>입력: 문자열</translation>
    </message>
    <message>
        <source>found an array</source>
        <translation>입력: 배열</translation>
    </message>
    <message>
        <source>found an object</source>
        <translation>입력: 객체</translation>
    </message>
    <message>
        <source>found nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>알 수 없는 키입니다 (허용되는 키: %1)</translation>
    </message>
    <message>
        <source>expected %1 (found &quot;%2&quot;)</source>
        <translation>%1 중 하나여야 합니다 (입력: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>필수 키가 없습니다</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>배열이어야 합니다</translation>
    </message>
</context>
<context>
    <name>JsonStrictParser</name>
    <message>
        <source>unexpected character</source>
        <translation>예상하지 못한 문자입니다</translation>
    </message>
    <message>
        <source>duplicate key (first at line %1, column %2)</source>
        <translation>중복된 키입니다 (처음 위치: %1행 %2열)</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>문자열이 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>control character inside a string (write it as an escape)</source>
        <translation>문자열 안에 제어 문자가 있습니다 (이스케이프로 쓰십시오)</translation>
    </message>
    <message>
        <source>U+0000 is not allowed in text</source>
        <translation>텍스트에는 U+0000을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unpaired surrogate escape</source>
        <translation>짝이 맞지 않는 서로게이트 이스케이프입니다</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>잘못된 이스케이프입니다</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>중첩이 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>객체가 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>이름 구분자(:)가 없습니다</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>배열이 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>값 구분자(,)가 없습니다</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>잘못된 값입니다</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>숫자로 잘못 끝났습니다</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>잘못된 숫자입니다</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>잘못된 이스케이프 시퀀스입니다</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>잘못된 UTF-8 문자열입니다</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>쉼표 뒤에 키와 값이 없습니다</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>문서의 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>문서가 너무 큽니다</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>문서 끝에 불필요한 내용이 있습니다</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>올바른 JSON이 아닙니다</translation>
    </message>
</context>
<context>
    <name>OutcomeReason</name>
    <message>
        <source>eliminate %1</source>
        <translation>%1팀 탈락</translation>
    </message>
    <message>
        <source>advance %1</source>
        <translation>%1팀 진출</translation>
    </message>
    <message>
        <source>, minimum total %1</source>
        <translation>, 최저 총점 %1</translation>
    </message>
    <message>
        <source>eligible rank %1 of %2, within the cut (%3)</source>
        <translation>자격 순위 %2팀 중 %1위, 기준선 안 (%3)</translation>
    </message>
    <message>
        <source>total %1 is below the minimum %2</source>
        <translation>총점 %1이(가) 최저 기준 %2 미만</translation>
    </message>
    <message>
        <source>eligible rank %1 of %2, below the cut (%3)</source>
        <translation>자격 순위 %2팀 중 %1위, 기준선 아래 (%3)</translation>
    </message>
    <message>
        <source>failed the independence criterion: %1</source>
        <translation>독자성 기준 미충족: %1</translation>
    </message>
    <message>
        <source>independence verdict pending: no outcome until the panel records one</source>
        <translation>독자성 판정 보류: 위원회가 판정을 기록할 때까지 결과 없음</translation>
    </message>
    <message>
        <source>shares eligible rank %1 at the cut line: the chair must record a tie resolution</source>
        <translation>기준선에서 자격 순위 %1위 동점: 위원장이 동점 처리 결정을 기록해야 함</translation>
    </message>
</context>
<context>
    <name>PanelDatabase</name>
    <message>
        <source>%1 already exists (use --replace to replace it)</source>
        <translation>%1이(가) 이미 있습니다 (바꾸려면 --replace 사용)</translation>
    </message>
    <message>
        <source>%1 exists and is not a file</source>
        <translation>%1이(가) 있지만 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is open in another program or was not closed cleanly (%1-wal exists); close it or open it once in PanelDesk first</source>
        <translation>%1이(가) 다른 프로그램에서 열려 있거나 정상적으로 닫히지 않았습니다 (%1-wal 있음). 닫거나 PanelDesk에서 한 번 연 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>could not finish writing %1</source>
        <translation>%1 쓰기를 마치지 못했습니다</translation>
    </message>
    <message>
        <source>the demo panel has no chair</source>
        <translation>데모 평가에 위원장이 없습니다</translation>
    </message>
    <message>
        <source>the demo chair&apos;s key cannot be opened</source>
        <translation>데모 위원장의 키를 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>PanelFileReader</name>
    <message>
        <source>expected a date written YYYY-MM-DD (found &quot;%1&quot;)</source>
        <translation>YYYY-MM-DD 형식의 날짜여야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>expected &quot;paneldesk-panel&quot; (found &quot;%1&quot;)</source>
        <translation>&quot;paneldesk-panel&quot;이어야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>version %1 is not supported (expected 1)</source>
        <translation>버전 %1은(는) 지원하지 않습니다 (지원 버전: 1)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>최상위 값은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>larger than %1 MiB, too large for a panel file</source>
        <translation>%1 MiB를 초과하여 평가 파일로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>PanelLocation</name>
    <message>
        <source>no panel given: name a .paneldesk file or a server (postgresql://host/database)</source>
        <translation>패널이 지정되지 않았습니다. .paneldesk 파일이나 서버(postgresql://host/database)를 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL server: a panel is put on a server with `paneldesk-cli server deploy` (docs/server.md)</source>
        <translation>%1은(는) PostgreSQL 서버입니다. 패널은 `paneldesk-cli server deploy`로 서버에 올립니다(docs/server.md).</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL server: a panel there is opened by a member with their server password (sign in with --as MEMBER)</source>
        <translation>%1은(는) PostgreSQL 서버입니다. 서버의 패널은 위원이 자신의 서버 비밀번호로 엽니다(--as MEMBER로 로그인하십시오).</translation>
    </message>
</context>
<context>
    <name>PanelReplacement</name>
    <message>
        <source>only the chair replaces the panel (%1 is not the chair)</source>
        <translation>평가를 교체할 수 있는 사람은 위원장뿐입니다 (%1은(는) 위원장이 아닙니다)</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>로그인한 사람 없음</translation>
    </message>
</context>
<context>
    <name>PanelSetup</name>
    <message>
        <source>nobody signed in</source>
        <translation>로그인한 사람 없음</translation>
    </message>
    <message>
        <source>round %1 holds decision records: its configuration can no longer change (start the next round)</source>
        <translation>차수 %1에 결정 기록이 있어 설정을 더 이상 바꿀 수 없습니다 (다음 차수를 시작하십시오)</translation>
    </message>
    <message>
        <source>round %1 is %2: its configuration can no longer change (reopen the round before a decision is recorded, or start the next round)</source>
        <translation>차수 %1은(는) %2 상태라 설정을 더 이상 바꿀 수 없습니다 (결정이 기록되기 전에 차수를 다시 열거나 다음 차수를 시작하십시오)</translation>
    </message>
    <message>
        <source>no score has been entered yet: the chair and the secretariat may prepare the configuration</source>
        <translation>아직 입력된 점수가 없습니다: 위원장과 사무국이 설정을 준비할 수 있습니다</translation>
    </message>
    <message>
        <source>before the first score the chair or the secretariat prepares the configuration (%1 is neither)</source>
        <translation>첫 점수 입력 전에는 위원장이나 사무국이 설정을 준비합니다 (%1은(는) 둘 다 아닙니다)</translation>
    </message>
    <message>
        <source>scores are already entered: a change of the configuration needs a reason, which the audit log keeps</source>
        <translation>이미 점수가 입력되었습니다: 설정을 바꾸려면 사유가 필요하며 감사 로그에 남습니다</translation>
    </message>
    <message>
        <source>scores are already entered: only the chair changes the configuration now (%1 is not the chair)</source>
        <translation>이미 점수가 입력되었습니다: 이제 위원장만 설정을 바꿀 수 있습니다 (%1은(는) 위원장이 아닙니다)</translation>
    </message>
    <message>
        <source>scores are already entered: changing the configuration needs a reason (it is kept in the audit log)</source>
        <translation>이미 점수가 입력되었습니다: 설정을 바꾸려면 사유가 필요합니다 (감사 로그에 남습니다)</translation>
    </message>
</context>
<context>
    <name>PanelValidator</name>
    <message>
        <source>%1 is not a valid id (1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>%1은(는) 올바른 ID가 아닙니다 (영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 된 1~64자)</translation>
    </message>
    <message>
        <source>duplicate id %1 (first at %2)</source>
        <translation>ID %1이(가) 중복되었습니다 (처음 위치: %2)</translation>
    </message>
    <message>
        <source>unknown team %1</source>
        <translation>등록되지 않은 팀 %1입니다</translation>
    </message>
    <message>
        <source>team %1 is listed twice (first at %2)</source>
        <translation>팀 %1이(가) 두 번 나옵니다 (처음 위치: %2)</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be greater than 0 (found %1)</source>
        <translation>0보다 커야 합니다 (입력: %1)</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>음수일 수 없습니다 (입력: %1)</translation>
    </message>
    <message>
        <source>must be between 0 and 4 (found %1)</source>
        <translation>0에서 4 사이여야 합니다 (입력: %1)</translation>
    </message>
    <message>
        <source>exactly one of &quot;eliminate&quot; or &quot;advance&quot; is required</source>
        <translation>&quot;eliminate&quot;와 &quot;advance&quot; 중 정확히 하나만 있어야 합니다</translation>
    </message>
    <message>
        <source>unknown category %1</source>
        <translation>등록되지 않은 부문 %1입니다</translation>
    </message>
    <message>
        <source>category %1 is listed twice (first at %2)</source>
        <translation>부문 %1이(가) 두 번 나옵니다 (처음 위치: %2)</translation>
    </message>
    <message>
        <source>at least two teams are required</source>
        <translation>팀이 둘 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>a written rationale is required</source>
        <translation>사유를 적어야 합니다</translation>
    </message>
    <message>
        <source>at least one category is required</source>
        <translation>부문이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>not allowed in a category of kind %1</source>
        <translation>종류가 %1인 부문에는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>rubric items are not allowed in a category of kind %1</source>
        <translation>종류가 %1인 부문에는 평가 항목을 둘 수 없습니다</translation>
    </message>
    <message>
        <source>user items are not allowed in a category of kind %1</source>
        <translation>종류가 %1인 부문에는 사용자 평가 항목을 둘 수 없습니다</translation>
    </message>
    <message>
        <source>group points sum to %1, expected the category&apos;s %2</source>
        <translation>그룹 배점의 합이 %1입니다. 부문 배점 %2와(과) 같아야 합니다</translation>
    </message>
    <message>
        <source>item points sum to %1, expected the category&apos;s %2</source>
        <translation>항목 배점의 합이 %1입니다. 부문 배점 %2와(과) 같아야 합니다</translation>
    </message>
    <message>
        <source>at least one benchmark is required</source>
        <translation>벤치마크가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>no benchmark of group %1 applies to team %2</source>
        <translation>그룹 %1에는 %2 팀에 적용되는 벤치마크가 없습니다</translation>
    </message>
    <message>
        <source>must be at least 1 for trimmed_mean (found %1)</source>
        <translation>trimmed_mean에서는 1 이상이어야 합니다 (입력: %1)</translation>
    </message>
    <message>
        <source>min %1 must be below max %2</source>
        <translation>최솟값 %1은(는) 최댓값 %2보다 작아야 합니다</translation>
    </message>
    <message>
        <source>expected absolute or best_ratio for a user category (found %1)</source>
        <translation>사용자 부문에는 absolute 또는 best_ratio만 쓸 수 있습니다 (입력: %1)</translation>
    </message>
    <message>
        <source>at least one item is required</source>
        <translation>항목이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>unknown benchmark %1</source>
        <translation>등록되지 않은 벤치마크 %1입니다</translation>
    </message>
    <message>
        <source>benchmark %1 does not apply to team %2</source>
        <translation>벤치마크 %1은(는) %2 팀에 적용되지 않습니다</translation>
    </message>
    <message>
        <source>duplicate result for team %1 and benchmark %2 (first at %3)</source>
        <translation>%1 팀의 벤치마크 %2 결과가 중복되었습니다 (처음 위치: %3)</translation>
    </message>
    <message>
        <source>unknown reviewer %1</source>
        <translation>등록되지 않은 평가위원 %1입니다</translation>
    </message>
    <message>
        <source>unknown item %1 (expected an item of an expert category)</source>
        <translation>등록되지 않은 항목 %1입니다 (전문가 부문의 항목이어야 합니다)</translation>
    </message>
    <message>
        <source>reviewer %1 has a declared conflict of interest with team %2</source>
        <translation>평가위원 %1은(는) %2 팀과 이해충돌을 신고했습니다</translation>
    </message>
    <message>
        <source>duplicate score by reviewer %1 for team %2 and item %3 (first at %4)</source>
        <translation>평가위원 %1의 %2 팀 %3 항목 점수가 중복되었습니다 (처음 위치: %4)</translation>
    </message>
    <message>
        <source>%1 is below 0</source>
        <translation>%1은(는) 0보다 작습니다</translation>
    </message>
    <message>
        <source>%1 is above the item&apos;s %2 points (item %3)</source>
        <translation>%1은(는) 항목 배점 %2점을 초과합니다 (항목 %3)</translation>
    </message>
    <message>
        <source>%1 is not a multiple of the item&apos;s step %2 (item %3)</source>
        <translation>%1은(는) 항목의 점수 단위 %2의 배수가 아닙니다 (항목 %3)</translation>
    </message>
    <message>
        <source>the sheet of reviewer %1 for team %2 mixes submitted and draft scores (%3 is %4); a sheet is all submitted or all draft</source>
        <translation>평가위원 %1의 %2 팀 평가표에 제출된 점수와 임시 저장된 점수가 섞여 있습니다 (%3: %4). 평가표의 점수는 모두 제출되었거나 모두 임시 저장 상태여야 합니다</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>the submitted sheet of reviewer %1 for team %2 has no score for item %3; a submitted sheet needs every item</source>
        <translation>제출된 평가위원 %1의 %2 팀 평가표에 %3 항목 점수가 없습니다. 제출된 평가표에는 모든 항목의 점수가 있어야 합니다</translation>
    </message>
    <message>
        <source>unknown item %1 (expected an item of a user category)</source>
        <translation>등록되지 않은 항목 %1입니다 (사용자 부문의 항목이어야 합니다)</translation>
    </message>
    <message>
        <source>duplicate rating by evaluator %1 for team %2 and item %3 (first at %4)</source>
        <translation>사용자 평가자 %1의 %2 팀 %3 항목 평가가 중복되었습니다 (처음 위치: %4)</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2..%3</source>
        <translation>%1은(는) 척도 %2..%3을(를) 벗어났습니다</translation>
    </message>
    <message>
        <source>a second entry for team %1 (first at %2)</source>
        <translation>%1 팀에 대한 항목이 중복되었습니다 (처음 위치: %2)</translation>
    </message>
    <message>
        <source>a written rationale is required for a %1 verdict</source>
        <translation>%1 판정에는 사유를 적어야 합니다</translation>
    </message>
    <message>
        <source>the component must be named</source>
        <translation>구성요소의 이름을 적어야 합니다</translation>
    </message>
    <message>
        <source>eliminates %1 of a field of %2 teams</source>
        <translation>참가 %2개 팀 중 %1개 팀을 탈락시킵니다 (참가 팀 수보다 많음)</translation>
    </message>
    <message>
        <source>advances %1 of a field of %2 teams</source>
        <translation>참가 %2개 팀 중 %1개 팀을 진출시킵니다 (참가 팀 수보다 많음)</translation>
    </message>
    <message>
        <source>%1 is above the item&apos;s %2 points</source>
        <translation>%1은(는) 항목 배점 %2점보다 큽니다</translation>
    </message>
    <message>
        <source>%1 must be above the previous band&apos;s %2 (bands ascending)</source>
        <translation>%1은(는) 앞 구간의 %2보다 커야 합니다 (구간은 오름차순)</translation>
    </message>
    <message>
        <source>a description is required</source>
        <translation>설명이 필요합니다</translation>
    </message>
    <message>
        <source>targets are allowed only in a group that uses target_ratio (group %1 uses %2)</source>
        <translation>목표치는 target_ratio를 쓰는 그룹에만 둘 수 있습니다 (그룹 %1은(는) %2 사용)</translation>
    </message>
    <message>
        <source>required because group %1 uses target_ratio (and benchmark %2 configures no target for team %3)</source>
        <translation>그룹 %1이(가) target_ratio를 쓰므로 필요합니다 (벤치마크 %2에 팀 %3의 목표치가 설정되지 않음)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>the cryptography library (libsodium) could not be started</source>
        <translation>암호화 라이브러리(libsodium)를 시작할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>a passphrase needs at least %n characters</source>
        <translation>
            <numerusform>암호는 %n자 이상이어야 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a passphrase can have at most %n characters</source>
        <translation>
            <numerusform>암호는 최대 %n자까지 가능합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the passphrase could not be hashed (not enough memory)</source>
        <translation>암호를 해시할 수 없습니다 (메모리 부족)</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <source>unknown reviewer &quot;%1&quot;</source>
        <translation>등록되지 않은 평가위원 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot; in round %2</source>
        <translation>%2 차수에 등록되지 않은 팀 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>The sheet of %1 for team %2 was cleared elsewhere after this window read it; nothing was saved. The sheet now shows what is stored: look at it, then enter your change again if it still applies.</source>
        <translation>이 창이 읽은 뒤 %1의 %2 팀 채점표가 다른 곳에서 지워졌습니다. 아무것도 저장하지 않았습니다. 채점표에 지금 저장된 내용이 표시됩니다. 확인한 뒤 변경이 여전히 필요하면 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>The sheet of %1 for team %2 was changed after this window read it; nothing was saved. The sheet now shows what is stored: look at it, then enter your change again if it still applies.</source>
        <translation>이 창이 읽은 뒤 %1의 %2 팀 채점표가 변경되었습니다. 아무것도 저장하지 않았습니다. 채점표에 지금 저장된 내용이 표시됩니다. 확인한 뒤 변경이 여전히 필요하면 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>you (%1), in another window or with paneldesk-cli</source>
        <translation>본인(%1)이 다른 창이나 paneldesk-cli에서</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <source>The sheet of %1 for team %2 was changed by %3 on %4 after this window read it; nothing was saved. The sheet now shows what is stored: look at it, then enter your change again if it still applies.</source>
        <translation>이 창이 읽은 뒤 %1의 %2 팀 채점표를 %3 %4에 변경했습니다. 아무것도 저장하지 않았습니다. 채점표에 지금 저장된 내용이 표시됩니다. 확인한 뒤 변경이 여전히 필요하면 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is submitted: its scores can no longer change</source>
        <translation>%1의 %2 팀 평가표는 제출되었습니다: 점수를 더 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>unknown rubric item &quot;%1&quot; in round %2</source>
        <translation>%2 차수에 등록되지 않은 평가 항목 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>reviewer %1 has declared a conflict of interest with team %2 and holds no sheet for it</source>
        <translation>평가위원 %1은(는) %2 팀과 이해충돌을 신고하여 이 팀의 평가표가 없습니다</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is submitted: its opinion can no longer change</source>
        <translation>%1의 %2 팀 평가표는 제출되었습니다: 종합 의견을 더 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>only %1 can submit their own sheet for team %2 (not %3)</source>
        <translation>%2 팀에 대한 %1의 평가표는 %1 본인만 제출할 수 있습니다 (%3은(는) 제출할 수 없음)</translation>
    </message>
    <message>
        <source>reopening the sheet of %1 for team %2 needs a reason</source>
        <translation>%1의 %2 팀 평가표를 다시 열려면 사유가 필요합니다</translation>
    </message>
    <message>
        <source>%1 names no panel database (dbname)</source>
        <translation>%1에 패널 데이터베이스(dbname)가 지정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>opening a panel on %1 needs the member who signs in</source>
        <translation>%1의 패널을 열려면 로그인할 위원을 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1 names the server user %2, but %3 signs in as %4: leave the user out of the address, or sign in as the member it names</source>
        <translation>%1에는 서버 사용자 %2이(가) 지정되어 있지만 %3은(는) %4(으)로 로그인합니다: 주소에서 사용자를 빼거나, 주소에 지정된 위원으로 로그인하십시오</translation>
    </message>
    <message>
        <source>wrong member or password for %1</source>
        <translation>%1: 위원 또는 비밀번호가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 holds no PanelDesk panel (no server schema)</source>
        <translation>%1에는 PanelDesk 패널이 없습니다 (서버 스키마 없음)</translation>
    </message>
    <message>
        <source>the panel on %1 has server schema version %2, newer than this PanelDesk knows (%3): update PanelDesk</source>
        <translation>%1의 패널은 서버 스키마 버전 %2(으)로, 이 PanelDesk가 아는 버전(%3)보다 새롭습니다: PanelDesk를 업데이트하십시오</translation>
    </message>
    <message>
        <source>%1 logged in to %2 but is not a member of its panel</source>
        <translation>%1(으)로 %2에 로그인했지만 이 패널의 위원이 아닙니다</translation>
    </message>
    <message>
        <source>the server gives %1 the unknown role &quot;%2&quot;</source>
        <translation>서버가 %1에게 알 수 없는 역할 &quot;%2&quot;을(를) 부여했습니다</translation>
    </message>
    <message>
        <source>there is no round to score yet</source>
        <translation>아직 채점할 차수가 없습니다</translation>
    </message>
    <message>
        <source>every change needs an actor (who makes it)</source>
        <translation>모든 변경에는 변경하는 사람(행위자)이 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 is signed in to this panel&apos;s server: a change in the name of %2 is refused (the server records who logged in)</source>
        <translation>이 패널의 서버에는 %1(으)로 로그인되어 있습니다: %2의 이름으로 하는 변경은 거부됩니다 (서버는 로그인한 사람을 기록합니다)</translation>
    </message>
    <message>
        <source>a panel on a server is backed up by its administrator (docs/server.md)</source>
        <translation>서버에 있는 패널은 서버 관리자가 백업합니다 (docs/server.md)</translation>
    </message>
    <message>
        <source>round %1, team %2, item %3: the tally counts %4 ratings summing to %5, the ratings are %6 summing to %7</source>
        <translation>%1 차수, %2 팀, %3 항목: 집계에는 평가 %4건(합계 %5)이 있으나 실제 평가는 %6건(합계 %7)입니다</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1건</translation>
    </message>
    <message>
        <source>database error: member %1 has the unknown role %2</source>
        <translation>데이터베이스 오류: 위원 %1의 역할 %2을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>member %1: team %2 is listed twice as a conflict</source>
        <translation>위원 %1: 이해충돌 팀 %2이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>member %1: unknown conflict team %2</source>
        <translation>위원 %1: 이해충돌 팀 %2은(는) 등록되지 않은 팀입니다</translation>
    </message>
    <message>
        <source>%1 is not a valid member id (1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>%1은(는) 올바른 위원 ID가 아닙니다 (영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 된 1~64자)</translation>
    </message>
    <message>
        <source>member %1 needs a name</source>
        <translation>위원 %1의 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>member %1: unknown role (expected %2)</source>
        <translation>위원 %1: 알 수 없는 역할입니다 (허용되는 역할: %2)</translation>
    </message>
    <message>
        <source>a member with the id %1 already exists</source>
        <translation>아이디가 %1인 위원이 이미 있습니다</translation>
    </message>
    <message>
        <source>unknown member %1</source>
        <translation>등록되지 않은 위원 %1입니다</translation>
    </message>
    <message>
        <source>database error: the server sent a score row that cannot be read</source>
        <translation>데이터베이스 오류: 서버가 보낸 점수 행을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>reading the scores</source>
        <translation>점수 읽기</translation>
    </message>
    <message>
        <source>the server wrote audit entry %1 with a hash that is not its content&apos;s: it is not signed, and nothing was saved</source>
        <translation>서버가 감사 기록 %1을(를) 내용과 맞지 않는 해시로 기록했습니다. 이 기록에는 서명하지 않았으며 아무것도 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>only %1, signed in with their key, can sign their sheet for team %2</source>
        <translation>%2 팀에 대한 %1의 평가표는 자신의 키로 로그인한 %1 본인만 서명할 수 있습니다</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is not submitted</source>
        <translation>%1의 %2 팀 평가표가 제출되지 않았습니다</translation>
    </message>
    <message>
        <source>cannot read the new panel: %1</source>
        <translation>새 패널을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the new panel</source>
        <translation>새 패널을 위한 임시 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>scoring has started in round %1: on a server its panel can be replaced only before the first sheet (docs/server.md)</source>
        <translation>라운드 %1의 채점이 이미 시작되었습니다: 서버에서는 첫 평가표가 생기기 전에만 패널을 교체할 수 있습니다(docs/server.md)</translation>
    </message>
    <message>
        <source>on a server replace-panel keeps the round %1: &quot;%2&quot; would be another round (docs/server.md)</source>
        <translation>서버에서 패널 교체는 라운드 %1을(를) 유지합니다: &quot;%2&quot;은(는) 다른 라운드입니다(docs/server.md)</translation>
    </message>
    <message>
        <source>on a server replace-panel writes no expert score: each member enters their own (docs/server.md)</source>
        <translation>서버에서 패널 교체는 전문가 점수를 쓰지 않습니다: 각 위원이 자신의 점수를 직접 입력합니다(docs/server.md)</translation>
    </message>
    <message>
        <source>on a server replace-panel keeps the members and their conflicts: add members with member add, and each declares their own conflicts (docs/server.md)</source>
        <translation>서버에서 패널 교체는 위원과 이해충돌을 그대로 유지합니다: 위원은 member add로 추가하고, 이해충돌은 각 위원이 직접 신고합니다(docs/server.md)</translation>
    </message>
    <message>
        <source>replacing the panel is the chair&apos;s: %1 is %2</source>
        <translation>패널 교체는 위원장만 할 수 있습니다: %1은(는) %2입니다</translation>
    </message>
    <message>
        <source>you (%1) declared a conflict of interest with team %2, so on a server you cannot import a sheet for it: %3 enters that sheet online themselves</source>
        <translation>%1 님은 팀 %2에 대해 이해충돌을 신고했으므로 서버에서는 이 팀의 평가표를 가져올 수 없습니다. %3 님이 직접 온라인으로 입력해야 합니다</translation>
    </message>
    <message>
        <source>the panel&apos;s server has no score bands (server schema version 1): upgrade the server&apos;s schema or leave the rubric without bands</source>
        <translation>이 패널의 서버에는 점수 구간이 없습니다 (서버 스키마 버전 1): 서버 스키마를 올리거나 평가 항목에서 구간을 빼십시오</translation>
    </message>
    <message>
        <source>changing the configuration is the chair&apos;s or the secretariat&apos;s: %1 is %2</source>
        <translation>설정 변경은 위원장이나 사무국의 일입니다: %1은(는) %2입니다</translation>
    </message>
    <message>
        <source>round.id: on a server the round keeps its id %1 (docs/server.md)</source>
        <translation>round.id: 서버에서는 차수가 ID %1을(를) 유지합니다 (docs/server.md)</translation>
    </message>
    <message>
        <source>the panel configures benchmark targets, which this server&apos;s schema (version %1) cannot hold: its administrator must upgrade it to version 3 first (docs/server.md)</source>
        <translation>패널에 벤치마크 목표치가 설정되어 있는데 이 서버의 스키마(버전 %1)는 담을 수 없습니다: 관리자가 먼저 버전 3으로 올려야 합니다 (docs/server.md)</translation>
    </message>
    <message>
        <source>the configuration holds %1, which this server&apos;s schema (version %2) cannot change: its administrator must upgrade it to version 3 first (docs/server.md)</source>
        <translation>설정에 %1이(가) 있는데 이 서버의 스키마(버전 %2)로는 바꿀 수 없습니다: 관리자가 먼저 버전 3으로 올려야 합니다 (docs/server.md)</translation>
    </message>
    <message>
        <source>score bands and benchmark targets</source>
        <translation>점수 구간과 벤치마크 목표치</translation>
    </message>
    <message>
        <source>score bands</source>
        <translation>점수 구간</translation>
    </message>
    <message>
        <source>benchmark targets</source>
        <translation>벤치마크 목표치</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: 그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>%1: a folder without %2 (a sharded safetensors checkpoint has one)</source>
        <translation>%1: %2이(가) 없는 폴더입니다 (분할 safetensors 체크포인트에는 이 파일이 있습니다)</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1: 바이트 %2: %3</translation>
    </message>
    <message>
        <source>%1 needs %2 bytes, the file has %3 left</source>
        <translation>%1에 %2바이트가 필요하지만 파일에는 %3바이트만 남아 있습니다</translation>
    </message>
    <message>
        <source>%1: a length of %2 bytes, beyond the end of the file (%3 bytes left)</source>
        <translation>%1: 길이 %2바이트가 파일 끝을 넘습니다 (남은 바이트: %3)</translation>
    </message>
    <message>
        <source>%1: arrays nested deeper than 8</source>
        <translation>%1: 배열이 8단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>%1: unknown array item type %2</source>
        <translation>%1: 알 수 없는 배열 항목 유형 %2</translation>
    </message>
    <message>
        <source>%1: an array of %2 items, more than the rest of the file can hold</source>
        <translation>%1: 항목 %2개짜리 배열은 파일의 나머지 부분에 들어갈 수 없습니다</translation>
    </message>
    <message>
        <source>%1: unknown value type %2</source>
        <translation>%1: 알 수 없는 값 유형 %2</translation>
    </message>
    <message>
        <source>not a GGUF file (no &quot;GGUF&quot; magic)</source>
        <translation>GGUF 파일이 아닙니다 (&quot;GGUF&quot; 매직 없음)</translation>
    </message>
    <message>
        <source>GGUF version %1; only version 3 is read</source>
        <translation>GGUF 버전 %1입니다. 버전 3만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>kv_count %1 is more than the rest of the file can hold</source>
        <translation>kv_count %1은(는) 파일의 나머지 부분에 들어갈 수 있는 수보다 큽니다</translation>
    </message>
    <message>
        <source>tensor_count %1 is more than the rest of the file can hold</source>
        <translation>tensor_count %1은(는) 파일의 나머지 부분에 들어갈 수 있는 수보다 큽니다</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>키 %1</translation>
    </message>
    <message>
        <source>general.alignment must be a u32</source>
        <translation>general.alignment는 u32여야 합니다</translation>
    </message>
    <message>
        <source>general.alignment %1 is not a power of two</source>
        <translation>general.alignment %1은(는) 2의 거듭제곱이 아닙니다</translation>
    </message>
    <message>
        <source>tensor %1&apos;s name</source>
        <translation>텐서 %1의 이름</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 dimensions (1 to 4 allowed)</source>
        <translation>텐서 &quot;%1&quot;: 차원이 %2개입니다 (1~4개만 허용)</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its dimensions&apos; product overflows</source>
        <translation>텐서 &quot;%1&quot;: 차원의 곱이 오버플로됩니다</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: unknown ggml type %2</source>
        <translation>텐서 &quot;%1&quot;: 알 수 없는 ggml 유형 %2</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: a row of %2 values is not whole blocks of %3 (%4)</source>
        <translation>텐서 &quot;%1&quot;: 값 %2개짜리 행이 %3의 블록(%4) 단위로 나누어떨어지지 않습니다</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: its size in bytes overflows</source>
        <translation>텐서 &quot;%1&quot;: 바이트 크기가 오버플로됩니다</translation>
    </message>
    <message>
        <source>the data would start at byte %1, beyond the end of the file</source>
        <translation>데이터가 파일 끝을 넘는 바이트 %1에서 시작하게 됩니다</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot;: offset %3, expected %4 (aligned to %5, right after the tensor before)</source>
        <translation>%1: 텐서 &quot;%2&quot;: 오프셋이 %3이지만 %4여야 합니다 (%5 단위 정렬, 앞 텐서 바로 다음)</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot;: its %3 bytes from byte %4 reach beyond the end of the file (%5 bytes)</source>
        <translation>%1: 텐서 &quot;%2&quot;: 바이트 %4부터의 %3바이트가 파일 끝(%5바이트)을 넘습니다</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>비교가 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1: cannot be mapped into memory: %2</source>
        <translation>%1: 메모리에 매핑할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No MLP block could be compared: the shapes or the names differ (see each block).</source>
        <translation>비교할 수 있는 MLP 블록이 없습니다: 형태나 이름이 다릅니다 (블록별 내용 참조).</translation>
    </message>
    <message>
        <source>The reference has no MLP up projection matching the name patterns.</source>
        <translation>참조 모델에 이름 패턴과 일치하는 MLP 업 프로젝션이 없습니다.</translation>
    </message>
    <message>
        <source>The reference stores %1 as %2, whose values PanelDesk does not read.</source>
        <translation>참조 모델은 %1을(를) %2 형식으로 저장하며, PanelDesk는 이 형식의 값을 읽지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 has another shape (%2 x %3 in the reference): not applicable.</source>
        <translation>%1의 형태가 다릅니다 (참조 모델은 %2 x %3): 적용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is stored as %2, whose values PanelDesk does not read.</source>
        <translation>%1은(는) %2 형식으로 저장되어 있으며, PanelDesk는 이 형식의 값을 읽지 않습니다.</translation>
    </message>
    <message>
        <source>%1 has fewer than 3 hidden units.</source>
        <translation>%1의 은닉 유닛이 3개보다 적습니다.</translation>
    </message>
    <message>
        <source>%1 is missing or differs in shape or type.</source>
        <translation>%1이(가) 없거나 형태 또는 유형이 다릅니다.</translation>
    </message>
    <message>
        <source>The reference has no gate or down projection for %1.</source>
        <translation>참조 모델에 %1에 대응하는 게이트 또는 다운 프로젝션이 없습니다.</translation>
    </message>
    <message>
        <source>%1 (the floor: every block matched perfectly)</source>
        <translation>%1 (하한값: 모든 블록이 완전히 일치)</translation>
    </message>
    <message>
        <source>Control %1 itself looks derived from the reference (P4: -log10 p = %2): it is not a fair baseline.</source>
        <translation>대조 모델 %1 자체가 참조 모델에서 파생된 것으로 보입니다 (P4: -log10 p = %2). 공정한 기준선이 될 수 없습니다.</translation>
    </message>
    <message>
        <source>P2 found the candidate&apos;s weights (or a cast of them) in the reference.</source>
        <translation>P2에서 후보 모델의 가중치(또는 그 형 변환본)가 참조 모델에서 발견되었습니다.</translation>
    </message>
    <message>
        <source>P2 found the candidate&apos;s weights (or a cast of them) in the reference: %1</source>
        <translation>P2에서 후보 모델의 가중치(또는 그 형 변환본)가 참조 모델에서 발견되었습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>P4: the hidden units of %n block(s) keep the reference&apos;s order (phi_U, combined -log10 p = %1, above the threshold %2).</source>
        <translation>
            <numerusform>P4: 블록 %n개의 은닉 유닛이 참조 모델의 순서를 그대로 유지합니다 (phi_U, 결합 -log10 p = %1, 임계값 %2 초과).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P4: the up and gate (or down) projections of %n block(s) are matched to the reference by the same permutation (phi_GU, combined -log10 p = %1, above the threshold %2).</source>
        <translation>
            <numerusform>P4: 블록 %n개의 업 프로젝션과 게이트(또는 다운) 프로젝션이 같은 순열로 참조 모델과 대응됩니다 (phi_GU, 결합 -log10 p = %1, 임계값 %2 초과).</numerusform>
        </translation>
    </message>
    <message>
        <source>P4 is unremarkable (combined -log10 p: phi_U %1, phi_GU %2, below %3) and no tensor correlates with the reference beyond the controls.</source>
        <translation>P4에서 특이점이 없고(결합 -log10 p: phi_U %1, phi_GU %2, %3 미만) 대조 모델 이상으로 참조 모델과 상관된 텐서도 없습니다.</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>검정하지 않음</translation>
    </message>
    <message>
        <source>P4 was not run.</source>
        <translation>P4를 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>P4 is not applicable: %1</source>
        <translation>P4를 적용할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) correlate with the reference (centred r &gt;= %1) while no control does, for example %2; P4 gives -log10 p = %3, below the threshold %4.</source>
        <translation>
            <numerusform>텐서 %n개가 참조 모델과 상관되지만(중심화 r &gt;= %1) 대조 모델은 그렇지 않습니다. 예: %2. P4는 -log10 p = %3으로 임계값 %4 미만입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>P4 gives -log10 p = %1: neither unremarkable (below %2) nor above the threshold %3.</source>
        <translation>P4의 -log10 p = %1: 특이점 없음(%2 미만)도 아니고 임계값 %3 초과도 아닙니다.</translation>
    </message>
    <message>
        <source>A team that trained from scratch on a copy&apos;s outputs (distillation) leaves no trace in the weights: the tests see independent weights.</source>
        <translation>복제 모델의 출력으로 처음부터 학습한 경우(증류)는 가중치에 흔적이 남지 않습니다. 검정에서는 독립적인 가중치로 보입니다.</translation>
    </message>
    <message>
        <source>The tests assume that only the hidden units were permuted: a rotated residual stream (or any other change of basis) hides a copy from them.</source>
        <translation>검정은 은닉 유닛의 순서만 바뀌었다고 가정합니다. 잔차 스트림을 회전하거나 다른 방식으로 기저를 바꾸면 복제를 찾아내지 못합니다.</translation>
    </message>
    <message>
        <source>A low figure is not proof of independence: weights trained far from their origin, pruned, merged or re-quantised coarsely may lose the signal.</source>
        <translation>낮은 수치가 독립성을 증명하지는 않습니다. 원본에서 멀리 떨어질 만큼 추가 학습했거나, 가지치기·병합·거친 재양자화를 거친 가중치는 신호를 잃을 수 있습니다.</translation>
    </message>
    <message>
        <source>Raw cosine alone proves nothing: LayerNorm gains of unrelated models are all near 1, so their raw cosine is high; read the centred correlation against the controls.</source>
        <translation>원시 코사인만으로는 아무것도 증명되지 않습니다. 무관한 모델의 LayerNorm 게인도 모두 1에 가까워 원시 코사인이 높게 나옵니다. 대조 모델과 비교하여 중심화 상관계수를 보십시오.</translation>
    </message>
    <message>
        <source>%1: header key &quot;%2&quot;: %3</source>
        <translation>%1: 헤더 키 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>expected an object with dtype, shape and data_offsets</source>
        <translation>dtype, shape, data_offsets가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown dtype &quot;%1&quot;</source>
        <translation>알 수 없는 dtype &quot;%1&quot;</translation>
    </message>
    <message>
        <source>shape must be a list</source>
        <translation>shape는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>shape has more than 64 dimensions</source>
        <translation>shape의 차원이 64개를 넘습니다</translation>
    </message>
    <message>
        <source>the shape&apos;s element count overflows</source>
        <translation>shape의 원소 수가 오버플로됩니다</translation>
    </message>
    <message>
        <source>data_offsets must be [BEGIN, END]</source>
        <translation>data_offsets는 [BEGIN, END] 형식이어야 합니다</translation>
    </message>
    <message>
        <source>data_offsets [%1, %2] end before they begin</source>
        <translation>data_offsets [%1, %2]의 끝이 시작보다 앞에 있습니다</translation>
    </message>
    <message>
        <source>the tensor&apos;s size in bits overflows</source>
        <translation>텐서의 비트 크기가 오버플로됩니다</translation>
    </message>
    <message>
        <source>%1 elements of %2 are not a whole number of bytes</source>
        <translation>%2 원소 %1개는 바이트 단위로 나누어떨어지지 않습니다</translation>
    </message>
    <message>
        <source>shape and dtype make %1 bytes, data_offsets [%2, %3] hold %4</source>
        <translation>shape와 dtype으로는 %1바이트인데 data_offsets [%2, %3]에는 %4바이트가 있습니다</translation>
    </message>
    <message>
        <source>%1: byte 0: the file is %2 bytes, shorter than the 8-byte header length</source>
        <translation>%1: 바이트 0: 파일이 %2바이트로, 8바이트 헤더 길이보다 짧습니다</translation>
    </message>
    <message>
        <source>%1: byte 0: header length %2 is above the limit of %3 bytes</source>
        <translation>%1: 바이트 0: 헤더 길이 %2이(가) 한도 %3바이트를 넘습니다</translation>
    </message>
    <message>
        <source>%1: byte 0: header length %2 reaches beyond the end of the file (%3 bytes)</source>
        <translation>%1: 바이트 0: 헤더 길이 %2이(가) 파일 끝(%3바이트)을 넘습니다</translation>
    </message>
    <message>
        <source>%1: byte 8: the header does not start with &apos;{&apos;</source>
        <translation>%1: 바이트 8: 헤더가 &apos;{&apos;로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>%1: byte 8: the header is not a JSON object</source>
        <translation>%1: 바이트 8: 헤더가 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>expected an object of strings</source>
        <translation>문자열로 된 객체여야 합니다</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>its data overlaps the tensor before it (starts at byte %1, the one before ends at byte %2)</source>
        <translation>데이터가 앞 텐서와 겹칩니다 (바이트 %1에서 시작, 앞 텐서는 바이트 %2에서 끝남)</translation>
    </message>
    <message>
        <source>a gap before its data (starts at byte %1, the tensor before ends at byte %2)</source>
        <translation>데이터 앞에 빈 공간이 있습니다 (바이트 %1에서 시작, 앞 텐서는 바이트 %2에서 끝남)</translation>
    </message>
    <message>
        <source>its data ends at byte %1, beyond the end of the file (%2 bytes)</source>
        <translation>데이터가 파일 끝(%2바이트)을 넘는 바이트 %1에서 끝납니다</translation>
    </message>
    <message>
        <source>%1: byte %2: the tensors&apos; data ends here but the file is %3 bytes</source>
        <translation>%1: 바이트 %2: 텐서 데이터는 여기서 끝나지만 파일은 %3바이트입니다</translation>
    </message>
    <message>
        <source>%1: byte 0: the index is %2 bytes, above the limit of %3</source>
        <translation>%1: 바이트 0: 인덱스가 %2바이트로, 한도 %3을(를) 넘습니다</translation>
    </message>
    <message>
        <source>%1: weight_map: expected an object {tensor: shard file}</source>
        <translation>%1: weight_map: {텐서: 샤드 파일} 형식의 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: weight_map.%2: &quot;%3&quot; is not a plain file name in the same folder</source>
        <translation>%1: weight_map.%2: &quot;%3&quot;은(는) 같은 폴더의 단순 파일 이름이 아닙니다</translation>
    </message>
    <message>
        <source>%1: header key &quot;%2&quot;: the index (%3) does not put this tensor here</source>
        <translation>%1: 헤더 키 &quot;%2&quot;: 인덱스(%3)는 이 텐서를 이 파일에 두지 않습니다</translation>
    </message>
    <message>
        <source>%1: weight_map.%2: the shard %3 holds no such tensor</source>
        <translation>%1: weight_map.%2: 샤드 %3에 그런 텐서가 없습니다</translation>
    </message>
    <message>
        <source>the hashing was cancelled</source>
        <translation>해시 계산이 취소되었습니다</translation>
    </message>
    <message>
        <source>%1 tensors identical and %2 identical after a cast (%3 of the candidate&apos;s parameters)</source>
        <translation>텐서 %1개 동일, 형 변환 후 동일 %2개 (후보 모델 파라미터의 %3)</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>대조 모델 %1</translation>
    </message>
    <message>
        <source>P4 (the MLP tests) did not apply: %1</source>
        <translation>P4(MLP 검정)를 적용할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation>%1: %2 및 %3</translation>
    </message>
    <message numerus="yes">
        <source>P4 (the MLP tests, %n block(s)): -log10 p = %1 for phi_U and %2 for phi_GU.</source>
        <translation>
            <numerusform>P4(MLP 검정, 블록 %n개): phi_U의 -log10 p = %1, phi_GU의 -log10 p = %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No control was given: nothing shows what an unrelated model scores.</source>
        <translation>대조 모델이 지정되지 않아 무관한 모델의 수치를 비교할 수 없습니다.</translation>
    </message>
    <message>
        <source>The controls against the same reference: %1.</source>
        <translation>같은 참조 모델에 대한 대조 모델: %1.</translation>
    </message>
    <message>
        <source>Above %1 points to reuse; unrelated models stay below %2 (p &gt; 0.01).</source>
        <translation>%1을 넘으면 재사용을 시사하며, 무관한 모델은 %2 미만(p &gt; 0.01)에 머뭅니다.</translation>
    </message>
    <message numerus="yes">
        <source>P3 (similarity, %n tensor(s) compared by name and shape):</source>
        <translation>
            <numerusform>P3(유사도, 이름과 형태로 비교한 텐서 %n개):</numerusform>
        </translation>
    </message>
    <message>
        <source>no figure (no tensor was compared).</source>
        <translation>수치 없음(비교한 텐서가 없음).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>수치 없음</translation>
    </message>
    <message>
        <source>median centred correlation with the reference %1 for the candidate</source>
        <translation>참조 모델과의 중심화 상관계수 중앙값은 후보 모델 %1</translation>
    </message>
    <message>
        <source>, against %1 for the controls</source>
        <translation>, 대조 모델은 %1</translation>
    </message>
    <message>
        <source>Not compared: %1 with another shape, %2 of a type PanelDesk does not read.</source>
        <translation>비교하지 않음: 형태가 다른 텐서 %1개, PanelDesk가 읽지 않는 형식 %2개.</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>재사용(reused)</translation>
    </message>
    <message>
        <source>initialized</source>
        <translation>자체 초기화(initialized)</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>판단 불가(inconclusive)</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>적용 불가</translation>
    </message>
    <message>
        <source>%1 (at the floor)</source>
        <translation>%1 (하한값)</translation>
    </message>
    <message>
        <source>Suggestion: %1. %2</source>
        <translation>제안: %1. %2</translation>
    </message>
    <message>
        <source>P2 (exact reuse): %1.</source>
        <translation>P2(정확한 재사용): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n constant tensor(s) left out: they match any constant and prove nothing.</source>
        <translation>
            <numerusform>상수 텐서 %n개 제외: 어떤 상수와도 일치하므로 아무것도 증명하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>The suggestion is evidence for the expert, not a verdict: the verdict stays the chair&apos;s. What the weights cannot show:</source>
        <translation>이 제안은 전문가를 위한 근거이며 판정이 아닙니다. 판정은 위원장의 몫입니다. 가중치로 보여줄 수 없는 것:</translation>
    </message>
</context>
<context>
    <name>ProvenanceCharts</name>
    <message>
        <source>candidate</source>
        <translation>후보 모델</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>대조 모델 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>P4 per block: -log10 p against the reference</source>
        <translation>블록별 P4: 참조 모델 대비 -log10 p</translation>
    </message>
    <message>
        <source>block</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>-log10 p</source>
        <translation>-log10 p</translation>
    </message>
    <message>
        <source>P3 per tensor: centred correlation with the reference</source>
        <translation>텐서별 P3: 참조 모델과의 중심화 상관계수</translation>
    </message>
    <message>
        <source>tensor (the reference&apos;s order)</source>
        <translation>텐서 (참조 모델 순서)</translation>
    </message>
    <message>
        <source>centred correlation</source>
        <translation>중심화 상관계수</translation>
    </message>
</context>
<context>
    <name>ProvenanceSummary</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON 객체가 필요합니다</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>expected 64 lower-case hexadecimal digits</source>
        <translation>소문자 16진수 64자리여야 합니다</translation>
    </message>
    <message>
        <source>expected a JSON object or null</source>
        <translation>JSON 객체 또는 null이 필요합니다</translation>
    </message>
    <message>
        <source>a log10 p-value cannot be positive</source>
        <translation>log10 p값은 양수일 수 없습니다</translation>
    </message>
    <message>
        <source>%1 not applicable</source>
        <translation>%1 해당 없음</translation>
    </message>
    <message>
        <source>%1 -log10 p = %2</source>
        <translation>%1 -log10 p = %2</translation>
    </message>
    <message>
        <source>not a PanelDesk provenance report (expected &quot;paneldesk-provenance&quot;)</source>
        <translation>PanelDesk 출처 보고서가 아닙니다(&quot;paneldesk-provenance&quot;가 필요합니다)</translation>
    </message>
    <message>
        <source>expected the number 1</source>
        <translation>숫자 1이 필요합니다</translation>
    </message>
    <message>
        <source>version %1 is not supported (this PanelDesk reads version 1)</source>
        <translation>버전 %1은(는) 지원하지 않습니다(이 PanelDesk는 버전 1을 읽습니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of reused, initialized, inconclusive</source>
        <translation>&quot;%1&quot;은(는) reused, initialized, inconclusive 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>expected a share between 0 and 1</source>
        <translation>0과 1 사이의 비율이 필요합니다</translation>
    </message>
    <message>
        <source>%1 (%2; %3; %4% of parameters identical)</source>
        <translation>%1 (%2; %3; 파라미터의 %4%가 동일)</translation>
    </message>
    <message>
        <source>weights compared: %1; report sha256 %2</source>
        <translation>가중치 비교: %1; 보고서 sha256 %2</translation>
    </message>
</context>
<context>
    <name>RatingsCsv</name>
    <message>
        <source>the first line must name the columns evaluator, team, item, rating</source>
        <translation>첫 줄에는 evaluator, team, item, rating 열의 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>the file is empty; %1</source>
        <translation>파일이 비어 있습니다. %1</translation>
    </message>
    <message>
        <source>the columns are separated by &apos;%1&apos;; PanelDesk reads comma-separated files (%2)</source>
        <translation>열이 &apos;%1&apos;(으)로 구분되어 있습니다. PanelDesk는 쉼표로 구분된 파일을 읽습니다 (%2)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (%2)</source>
        <translation>알 수 없는 열 &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is named twice</source>
        <translation>열 &quot;%1&quot;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>missing column(s) %1 (%2)</source>
        <translation>%1 열이 없습니다 (%2)</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>필드가 %1개여야 하는데 %2개입니다</translation>
    </message>
    <message>
        <source>evaluator: missing</source>
        <translation>evaluator: 값이 없습니다</translation>
    </message>
    <message>
        <source>evaluator: &quot;%1&quot; is not an id (1-64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>evaluator: &quot;%1&quot;은(는) 올바른 ID가 아닙니다 (영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 된 1~64자)</translation>
    </message>
    <message>
        <source>team: unknown team &quot;%1&quot; (the round&apos;s teams: %2)</source>
        <translation>team: 등록되지 않은 팀 &quot;%1&quot;입니다 (이 차수의 팀: %2)</translation>
    </message>
    <message>
        <source>item: unknown user item &quot;%1&quot; (the round&apos;s items: %2)</source>
        <translation>item: 등록되지 않은 사용자 평가 항목 &quot;%1&quot;입니다 (이 차수의 항목: %2)</translation>
    </message>
    <message>
        <source>rating: missing</source>
        <translation>rating: 값이 없습니다</translation>
    </message>
    <message>
        <source>rating: &quot;%1&quot; is not a whole number</source>
        <translation>rating: &quot;%1&quot;은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>rating: %1 is outside the scale %2-%3 of item %4</source>
        <translation>rating: %1은(는) 항목 %4의 척도 %2-%3을(를) 벗어났습니다</translation>
    </message>
    <message>
        <source>duplicate rating: evaluator, team and item (%1) are those of line %2</source>
        <translation>중복된 평가: 평가자, 팀, 항목(%1)이 %2행과 같습니다</translation>
    </message>
    <message>
        <source>duplicate rating: %1 is already stored in the panel (import with &quot;replace&quot; to replace the stored ratings)</source>
        <translation>중복된 평가: %1은(는) 이미 평가 데이터에 저장되어 있습니다 (저장된 평가를 바꾸려면 &quot;replace&quot;로 가져오십시오)</translation>
    </message>
    <message>
        <source>refused by the database: %1</source>
        <translation>데이터베이스가 거부했습니다: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>%1 가져오기</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>chair</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>전문가</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>간사</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>참관인</translation>
    </message>
</context>
<context>
    <name>ScoreCommands</name>
    <message>
        <source>score of %1 for %2, %3: %4</source>
        <translation>%1의 %2, %3 점수: %4</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>알 수 없는 부문 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the points of category &apos;%1&apos; must be a number of at least 0</source>
        <translation>부문 &apos;%1&apos;의 배점은 0 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>the categories set add up to %1 points, more than the round&apos;s total of %2</source>
        <translation>지정한 부문의 배점 합계가 %1점으로, 차수 총점 %2점을 초과합니다</translation>
    </message>
    <message>
        <source>the categories add up to %1 points; the round&apos;s total of %2 must be kept</source>
        <translation>부문 배점 합계가 %1점입니다. 차수 총점 %2점을 유지해야 합니다</translation>
    </message>
    <message>
        <source>unknown expert &apos;%1&apos;</source>
        <translation>알 수 없는 전문가 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the trim must be at least 0</source>
        <translation>절사 개수는 0 이상이어야 합니다</translation>
    </message>
    <message>
        <source>category &apos;%1&apos; has no points: it cannot be given any</source>
        <translation>부문 &apos;%1&apos;은(는) 배점이 없으므로 배점을 부여할 수 없습니다</translation>
    </message>
    <message>
        <source>The sensitivity analysis was cancelled.</source>
        <translation>민감도 분석이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>%1: the port %2 is not a number from 1 to 65535</source>
        <translation>%1: 포트 %2은(는) 1부터 65535 사이의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1은(는) 올바른 URL이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1: expected key=value at &quot;%2&quot;</source>
        <translation>%1: &quot;%2&quot; 위치에 key=value 형식이 와야 합니다</translation>
    </message>
    <message>
        <source>%1: a quoted value is not closed</source>
        <translation>%1: 따옴표로 시작한 값이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>%1: a key is missing before &quot;=&quot;</source>
        <translation>%1: &quot;=&quot; 앞에 키가 없습니다</translation>
    </message>
    <message>
        <source>%1: only postgresql:// URLs or key=value connection strings are accepted</source>
        <translation>%1: postgresql:// URL 또는 key=value 형식의 연결 문자열만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection string (key=value ... or postgresql://...)</source>
        <translation>%1은(는) PostgreSQL 연결 문자열이 아닙니다 (key=value ... 또는 postgresql://...)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation>Qt의 PostgreSQL 드라이버(QPSQL, libqt6sql6-psql 패키지)가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>%1에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>the database %1</source>
        <translation>데이터베이스 %1</translation>
    </message>
    <message>
        <source>the role %1</source>
        <translation>역할 %1</translation>
    </message>
    <message>
        <source>cannot deploy the panel as %1: %2 already exist(s) on the server; choose another database name or remove them first</source>
        <translation>패널을 %1(으)로 배포할 수 없습니다: 서버에 %2이(가) 이미 있습니다. 다른 데이터베이스 이름을 정하거나 먼저 삭제하십시오</translation>
    </message>
    <message>
        <source>cannot read the panel written to %1: %2</source>
        <translation>%1에 기록한 패널을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation>%1을(를) 복사할 수 없습니다</translation>
    </message>
    <message>
        <source>the server connection gives no libpq handle to compute a password verifier (%1)</source>
        <translation>서버 연결에서 암호 검증자를 계산할 libpq 핸들을 얻을 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>cannot compute the password verifier of %1: %2</source>
        <translation>%1의 암호 검증자를 계산할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the login role %1 of member %2 is longer than PostgreSQL&apos;s 63 bytes: choose a shorter database name</source>
        <translation>위원 %2의 로그인 역할 %1이(가) PostgreSQL의 한도인 63바이트를 넘습니다: 더 짧은 데이터베이스 이름을 정하십시오</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>임시 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot start the deployment</source>
        <translation>배포를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot finish the deployment</source>
        <translation>배포를 마칠 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a panel database: use 1 to 40 lower-case letters, digits and _, starting with a letter</source>
        <translation>&quot;%1&quot;은(는) 패널 데이터베이스 이름으로 쓸 수 없습니다: 영문 소문자로 시작하는 1~40자의 영문 소문자, 숫자, _를 쓰십시오</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>스키마 버전을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>schema step failed on: %1</source>
        <translation>스키마 단계가 다음 문에서 실패했습니다: %1</translation>
    </message>
    <message>
        <source>cannot upgrade the server schema from version %1 to %2</source>
        <translation>서버 스키마를 버전 %1에서 %2(으)로 올릴 수 없습니다</translation>
    </message>
    <message>
        <source>cannot deploy the panel as %1: the role %2 already exists on the server; choose another database name or remove it first</source>
        <translation>패널을 %1(으)로 배포할 수 없습니다: 서버에 역할 %2이(가) 이미 있습니다. 다른 데이터베이스 이름을 고르거나 먼저 그 역할을 지우세요</translation>
    </message>
    <message>
        <source>server schema step 3: replace_panel does not hold &quot;%1&quot; once</source>
        <translation>서버 스키마 단계 3: replace_panel에 &quot;%1&quot;이(가) 정확히 한 번 있지 않습니다</translation>
    </message>
    <message>
        <source>server schema step 3: change_setup does not hold &quot;%1&quot; once</source>
        <translation>서버 스키마 단계 3: change_setup에 &quot;%1&quot;이(가) 정확히 한 번 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>SetupChanges</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>평가표 1개</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>평가표 %1개</translation>
    </message>
    <message>
        <source>1 expert score</source>
        <translation>전문가 점수 1개</translation>
    </message>
    <message>
        <source>%1 expert scores</source>
        <translation>전문가 점수 %1개</translation>
    </message>
    <message>
        <source>1 benchmark result</source>
        <translation>벤치마크 결과 1개</translation>
    </message>
    <message>
        <source>%1 benchmark results</source>
        <translation>벤치마크 결과 %1개</translation>
    </message>
    <message>
        <source>1 user rating</source>
        <translation>사용자 평점 1개</translation>
    </message>
    <message>
        <source>%1 user ratings</source>
        <translation>사용자 평점 %1개</translation>
    </message>
    <message>
        <source>1 independence finding</source>
        <translation>독자성 판정 1개</translation>
    </message>
    <message>
        <source>%1 independence findings</source>
        <translation>독자성 판정 %1개</translation>
    </message>
    <message>
        <source>1 declared conflict</source>
        <translation>신고된 이해충돌 1건</translation>
    </message>
    <message>
        <source>%1 declared conflicts</source>
        <translation>신고된 이해충돌 %1건</translation>
    </message>
    <message>
        <source>1 tie resolution</source>
        <translation>동점 처리 1건</translation>
    </message>
    <message>
        <source>%1 tie resolutions</source>
        <translation>동점 처리 %1건</translation>
    </message>
    <message>
        <source>teams: &quot;%1&quot; has %2: it cannot be removed</source>
        <translation>teams: &quot;%1&quot;에 %2이(가) 있어 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>categories: rubric item &quot;%1&quot; has %2: it cannot be removed</source>
        <translation>categories: 평가 항목 &quot;%1&quot;에 %2이(가) 있어 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>categories: benchmark &quot;%1&quot; has %2: it cannot be removed</source>
        <translation>categories: 벤치마크 &quot;%1&quot;에 %2이(가) 있어 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>categories: user item &quot;%1&quot; has %2: it cannot be removed</source>
        <translation>categories: 사용자 평가 항목 &quot;%1&quot;에 %2이(가) 있어 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>round.id: round &quot;%1&quot; holds inputs: its id cannot change to &quot;%2&quot;</source>
        <translation>round.id: 차수 &quot;%1&quot;에 입력이 있어 ID를 &quot;%2&quot;(으)로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>categories: rubric item &quot;%1&quot; may be scored in %2, which only their reviewers can read: it cannot be removed</source>
        <translation>categories: 평가 항목 &quot;%1&quot;은(는) 작성한 위원만 읽을 수 있는 %2에 점수가 있을 수 있어 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>1 sealed draft</source>
        <translation>봉인된 임시 평가표 1개</translation>
    </message>
    <message>
        <source>%1 sealed drafts</source>
        <translation>봉인된 임시 평가표 %1개</translation>
    </message>
    <message>
        <source>round: </source>
        <translation>차수: </translation>
    </message>
</context>
<context>
    <name>SheetState</name>
    <message>
        <source>not started</source>
        <translation>시작 안 함</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>이해충돌</translation>
    </message>
</context>
<context>
    <name>SheetsFile</name>
    <message>
        <source>unknown member &quot;%1&quot;</source>
        <translation>등록되지 않은 위원 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>%1 does not score sheets (role %2)</source>
        <translation>%1은(는) 평가표를 채점하지 않습니다 (역할: %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>최상위 값은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>expected &quot;paneldesk-sheets&quot; (found &quot;%1&quot;)</source>
        <translation>&quot;paneldesk-sheets&quot;이어야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>expected &quot;draft&quot; or &quot;submitted&quot; (found &quot;%1&quot;)</source>
        <translation>&quot;draft&quot; 또는 &quot;submitted&quot;여야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>sheets file %1 (sha256 %2)</source>
        <translation>평가표 파일 %1 (sha256 %2)</translation>
    </message>
    <message>
        <source>the sheets of %1 are signed by %1&apos;s key, not by %2&apos;s</source>
        <translation>%1의 평가표는 %2이(가) 아니라 %1의 키로 서명합니다</translation>
    </message>
    <message>
        <source>%1 is not signed (sheets file version 1): only a file signed by its member imports. Ask %2 to export their sheets again with this version of PanelDesk, fill that file and export it signed.</source>
        <translation>%1에 서명이 없습니다 (평가표 파일 버전 1): 위원 본인이 서명한 파일만 가져올 수 있습니다. %2에게 이 버전의 PanelDesk로 평가표를 다시 내보내고, 그 파일을 작성한 뒤 서명하여 내보내 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>%1 has no key in this panel&apos;s audit chain, so their signature cannot be checked (a member registers their key at their first sign-in)</source>
        <translation>이 평가단의 감사 체인에 %1의 키가 없어 서명을 확인할 수 없습니다 (위원은 처음 로그인할 때 키를 등록합니다)</translation>
    </message>
    <message>
        <source>the sheets are signed with another key than %1&apos;s key in this panel&apos;s audit chain</source>
        <translation>평가표가 이 평가단의 감사 체인에 있는 %1의 키가 아닌 다른 키로 서명되었습니다</translation>
    </message>
    <message>
        <source>the signature of %1&apos;s sheet for team %2 does not verify: the sheet was changed after it was signed, or it was signed by another key</source>
        <translation>%2 팀에 대한 %1의 평가표 서명이 검증되지 않습니다: 서명 후 평가표가 바뀌었거나 다른 키로 서명되었습니다</translation>
    </message>
    <message>
        <source>expected %1 bytes in base64</source>
        <translation>base64로 인코딩된 %1바이트여야 합니다</translation>
    </message>
    <message>
        <source>expected base64</source>
        <translation>base64 값이어야 합니다</translation>
    </message>
    <message>
        <source>only versions 1 and 2 are supported</source>
        <translation>버전 1과 2만 지원합니다</translation>
    </message>
</context>
<context>
    <name>SheetsWorkspace</name>
    <message>
        <source>Offline score sheets</source>
        <translation>오프라인 평가표</translation>
    </message>
    <message>
        <source>offline score sheets of %1 from %2 — not the panel&apos;s database: export them and give the file to the chair</source>
        <translation>%2의 %1 오프라인 평가표 — 평가 데이터베이스가 아닙니다: 내보낸 파일을 위원장에게 전달하십시오</translation>
    </message>
    <message>
        <source>Expert evaluation</source>
        <translation>전문가 평가</translation>
    </message>
    <message>
        <source>%1 does not carry %2&apos;s sealed key (an unsigned file, version 1, or written without it): export the sheets again from the panel, signed in as %2</source>
        <translation>%1에 %2의 봉인된 키가 없습니다 (서명 없는 버전 1 파일이거나 키 없이 쓴 파일): %2(으)로 로그인하여 평가단에서 평가표를 다시 내보내십시오</translation>
    </message>
    <message>
        <source>the passphrase does not open %1&apos;s key in %2</source>
        <translation>이 암호로는 %2에 있는 %1의 키를 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>StandingsFlags</name>
    <message>
        <source>benchmark result missing</source>
        <translation>벤치마크 결과 누락</translation>
    </message>
    <message>
        <source>no submitted expert sheet</source>
        <translation>제출된 전문가 평가표 없음</translation>
    </message>
    <message>
        <source>user rating missing</source>
        <translation>사용자 평가 누락</translation>
    </message>
    <message>
        <source>too few sheets to trim</source>
        <translation>평가표가 적어 절사 생략</translation>
    </message>
    <message>
        <source>verdict differs from findings</source>
        <translation>판정이 검증 결과와 다름</translation>
    </message>
</context>
<context>
    <name>StandingsText</name>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>독자성</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Standings complete: a decision can be made (cut: %1).</source>
        <translation>순위 확정 가능: 결정을 내릴 수 있습니다 (기준: %1).</translation>
    </message>
    <message>
        <source>Standings NOT complete: pending verdicts, ties at the cut or missing inputs.</source>
        <translation>순위 미완성: 보류된 판정, 기준선 동점 또는 누락된 입력이 있습니다.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>every change needs an actor (who makes it)</source>
        <translation>모든 변경에는 변경하는 사람(행위자)이 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a PanelDesk database (not an SQLite file)</source>
        <translation>%1은(는) PanelDesk 데이터베이스가 아닙니다 (SQLite 파일 아님)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>%2 테이블의 %1번 행이 %3 테이블의 없는 행을 참조합니다</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a PanelDesk panel</source>
        <translation>%1은(는) SQLite 데이터베이스이지만 PanelDesk 평가가 아닙니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer PanelDesk (schema %2; this version reads up to %3)</source>
        <translation>%1은(는) 더 새로운 PanelDesk로 작성되었습니다 (스키마 %2, 이 버전은 %3까지 읽음)</translation>
    </message>
    <message>
        <source>there is no round to score yet</source>
        <translation>아직 채점할 차수가 없습니다</translation>
    </message>
    <message>
        <source>the score of %1 for team %2, item %3</source>
        <translation>%1의 %2 팀 %3 항목 점수</translation>
    </message>
    <message>
        <source>unknown reviewer &quot;%1&quot;</source>
        <translation>등록되지 않은 평가위원 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot; in round %2</source>
        <translation>%2 차수에 등록되지 않은 팀 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>unknown rubric item &quot;%1&quot; in round %2</source>
        <translation>%2 차수에 등록되지 않은 평가 항목 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>reviewer %1 has declared a conflict of interest with team %2 and cannot score it</source>
        <translation>평가위원 %1은(는) %2 팀과 이해충돌을 신고하여 채점할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 must lie between 0 and %2 (got %3)</source>
        <translation>%1은(는) 0에서 %2 사이여야 합니다 (입력: %3)</translation>
    </message>
    <message>
        <source>%1 must be a multiple of %2 (got %3)</source>
        <translation>%1은(는) %2의 배수여야 합니다 (입력: %3)</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is submitted: its scores can no longer change</source>
        <translation>%1의 %2 팀 평가표는 제출되었습니다: 점수를 더 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>unknown member %1</source>
        <translation>등록되지 않은 위원 %1입니다</translation>
    </message>
    <message>
        <source>member %1: team %2 is listed twice as a conflict</source>
        <translation>위원 %1: 이해충돌 팀 %2이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>member %1: unknown conflict team %2</source>
        <translation>위원 %1: 이해충돌 팀 %2은(는) 등록되지 않은 팀입니다</translation>
    </message>
    <message>
        <source>database error: member %1 has the unknown role %2</source>
        <translation>데이터베이스 오류: 위원 %1의 역할 %2을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a valid member id (1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>%1은(는) 올바른 위원 ID가 아닙니다 (영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 된 1~64자)</translation>
    </message>
    <message>
        <source>member %1 needs a name</source>
        <translation>위원 %1의 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>member %1: unknown role (expected %2)</source>
        <translation>위원 %1: 알 수 없는 역할입니다 (허용되는 역할: %2)</translation>
    </message>
    <message>
        <source>a member with the id %1 already exists</source>
        <translation>아이디가 %1인 위원이 이미 있습니다</translation>
    </message>
    <message>
        <source>member %1 already holds a score sheet for team %2; a conflict of interest must be declared before scoring</source>
        <translation>위원 %1은(는) 이미 %2 팀 평가표가 있습니다. 이해충돌은 채점하기 전에 신고해야 합니다</translation>
    </message>
    <message>
        <source>database holds an unknown %1 &quot;%2&quot;</source>
        <translation>데이터베이스에 알 수 없는 %1 값 &quot;%2&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>database refers to an unknown %1 &quot;%2&quot;</source>
        <translation>데이터베이스가 알 수 없는 %1 &quot;%2&quot;을(를) 참조합니다</translation>
    </message>
    <message>
        <source>database error: table %1 is missing</source>
        <translation>데이터베이스 오류: %1 테이블이 없습니다</translation>
    </message>
    <message>
        <source>round: </source>
        <translation>round: </translation>
    </message>
    <message>
        <source>%1[%2].submitted: the sheet of reviewer %3 for team %4 mixes submitted and draft scores</source>
        <translation>%1[%2].submitted: 평가위원 %3의 %4 팀 평가표에 제출된 점수와 임시 저장된 점수가 섞여 있습니다</translation>
    </message>
    <message>
        <source>database error while writing %1: %2</source>
        <translation>%1을(를) 쓰는 중에 데이터베이스 오류가 발생했습니다: %2</translation>
    </message>
    <message>
        <source>duplicate entry (%1)</source>
        <translation>중복된 항목입니다 (%1)</translation>
    </message>
    <message>
        <source>value not allowed (rule %1)</source>
        <translation>허용되지 않는 값입니다 (규칙 %1)</translation>
    </message>
    <message>
        <source>cannot upgrade the schema from version %1 to %2</source>
        <translation>스키마를 버전 %1에서 %2(으)로 올릴 수 없습니다</translation>
    </message>
    <message>
        <source>reviewer %1 has declared a conflict of interest with team %2 and holds no sheet for it</source>
        <translation>평가위원 %1은(는) %2 팀과 이해충돌을 신고하여 이 팀의 평가표가 없습니다</translation>
    </message>
    <message>
        <source>only %1 can submit their own sheet for team %2 (not %3)</source>
        <translation>%2 팀에 대한 %1의 평가표는 %1 본인만 제출할 수 있습니다 (%3은(는) 제출할 수 없음)</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is already submitted</source>
        <translation>%1의 %2 팀 평가표는 이미 제출되었습니다</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is not started</source>
        <translation>%1의 %2 팀 평가표는 아직 시작하지 않았습니다</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is incomplete; score these items first: %3</source>
        <translation>%1의 %2 팀 평가표가 완성되지 않았습니다. 먼저 채점할 항목: %3</translation>
    </message>
    <message>
        <source>only the chair can reopen a submitted sheet (%1 is not the chair)</source>
        <translation>제출된 평가표는 위원장만 다시 열 수 있습니다 (%1은(는) 위원장이 아님)</translation>
    </message>
    <message>
        <source>reopening the sheet of %1 for team %2 needs a reason</source>
        <translation>%1의 %2 팀 평가표를 다시 열려면 사유가 필요합니다</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is not submitted: there is nothing to reopen</source>
        <translation>%1의 %2 팀 평가표는 제출되지 않았습니다: 다시 열 것이 없습니다</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is submitted: its opinion can no longer change</source>
        <translation>%1의 %2 팀 평가표는 제출되었습니다: 종합 의견을 더 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>데이터베이스 오류: %1 (실행문: %2)</translation>
    </message>
    <message>
        <source>database error: no result for %1</source>
        <translation>데이터베이스 오류: %1의 결과가 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: the changes could not be saved (%2)</source>
        <translation>%1: 변경 내용을 저장할 수 없습니다 (%2)</translation>
    </message>
    <message>
        <source>%1: cannot start reading (%2)</source>
        <translation>%1: 읽기를 시작할 수 없습니다 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be written as submitted: scores are saved as a draft and the sheet is submitted as a whole</source>
        <translation>%1은(는) 제출 상태로 저장할 수 없습니다. 점수는 임시 저장하고 평가표는 전체를 한 번에 제출합니다</translation>
    </message>
    <message>
        <source>a result in a target_ratio group needs a target above 0</source>
        <translation>target_ratio 그룹의 결과에는 0보다 큰 목표값(target)이 있어야 합니다</translation>
    </message>
    <message>
        <source>a sheet is created as a draft and submitted once complete</source>
        <translation>평가표는 임시 저장 상태로 만들고, 완성한 뒤에 제출합니다</translation>
    </message>
    <message>
        <source>a submitted sheet must score every rubric item of the round</source>
        <translation>제출된 평가표에는 해당 차수의 모든 평가 항목 점수가 있어야 합니다</translation>
    </message>
    <message>
        <source>the audit log is append-only: entries cannot be changed</source>
        <translation>감사 기록은 추가만 할 수 있습니다: 기록을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>the audit log is append-only: entries cannot be deleted</source>
        <translation>감사 기록은 추가만 할 수 있습니다: 기록을 지울 수 없습니다</translation>
    </message>
    <message>
        <source>the reviewer already holds a sheet for this team</source>
        <translation>평가위원에게 이미 이 팀의 평가표가 있습니다</translation>
    </message>
    <message>
        <source>the reviewer has a declared conflict of interest with this team</source>
        <translation>평가위원이 이 팀과 이해충돌을 신고했습니다</translation>
    </message>
    <message>
        <source>the score is above the points of its rubric item</source>
        <translation>점수가 평가 항목의 배점을 초과합니다</translation>
    </message>
    <message>
        <source>the score is not a multiple of the step of its rubric item</source>
        <translation>점수가 평가 항목 점수 단위의 배수가 아닙니다</translation>
    </message>
    <message>
        <source>the score must be a number</source>
        <translation>점수는 숫자여야 합니다</translation>
    </message>
    <message>
        <source>the sheet is submitted: its scores can no longer change</source>
        <translation>평가표가 제출되었습니다: 점수를 더 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>refers to a team, reviewer, category, group, benchmark or item that is not defined (%1)</source>
        <translation>정의되지 않은 팀, 평가위원, 부문, 그룹, 벤치마크 또는 항목을 참조합니다 (%1)</translation>
    </message>
    <message>
        <source>the rating is outside the scale of its category</source>
        <translation>평가값이 부문의 척도를 벗어났습니다</translation>
    </message>
    <message>
        <source>a pass or fail verdict needs a written rationale</source>
        <translation>합격 또는 불합격 판정에는 사유를 적어야 합니다</translation>
    </message>
    <message>
        <source>the cut needs exactly one of eliminate or advance</source>
        <translation>기준(cut)에는 eliminate와 advance 중 정확히 하나만 있어야 합니다</translation>
    </message>
    <message>
        <source>an id must be 1-64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (rule %1)</source>
        <translation>ID는 영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 된 1~64자여야 합니다 (규칙 %1)</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;); is it on a network or read-only file system?</source>
        <translation>%1에서 미리 쓰기 로그(WAL)를 사용할 수 없습니다 (저널 모드가 &quot;%2&quot;(으)로 유지됨). 네트워크 파일 시스템이나 읽기 전용 파일 시스템에 있는지 확인하십시오</translation>
    </message>
    <message>
        <source>%1 already exists; PanelDesk does not overwrite a file when creating a database</source>
        <translation>%1이(가) 이미 있습니다. PanelDesk는 데이터베이스를 만들 때 기존 파일을 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <source>%1%2 is left over from another database; move it away first</source>
        <translation>%1%2은(는) 다른 데이터베이스에서 남은 파일입니다. 먼저 다른 곳으로 옮기십시오</translation>
    </message>
    <message>
        <source>there is no round to import benchmark results into yet</source>
        <translation>아직 벤치마크 결과를 가져올 차수가 없습니다</translation>
    </message>
    <message>
        <source>a mapping needs a task and a metric</source>
        <translation>매핑에는 태스크와 지표가 있어야 합니다</translation>
    </message>
    <message>
        <source>the scale must be a number above 0</source>
        <translation>배율은 0보다 큰 숫자여야 합니다</translation>
    </message>
    <message>
        <source>task %1 with metric %2 is mapped twice</source>
        <translation>지표 %2의 태스크 %1이(가) 두 번 매핑되었습니다</translation>
    </message>
    <message>
        <source>benchmark %1 is the target of two mappings</source>
        <translation>벤치마크 %1이(가) 두 매핑의 대상입니다</translation>
    </message>
    <message>
        <source>the result of team %1 for %2 changed since the preview; preview the import again</source>
        <translation>미리 보기 이후 %1 팀의 %2 결과가 바뀌었습니다. 가져오기를 다시 미리 보십시오</translation>
    </message>
    <message>
        <source>database error: no SQLite handle for %1</source>
        <translation>데이터베이스 오류: %1에 대한 SQLite 핸들이 없습니다</translation>
    </message>
    <message>
        <source>database error while importing ratings: %1</source>
        <translation>평가를 가져오는 중에 데이터베이스 오류가 발생했습니다: %1</translation>
    </message>
    <message>
        <source>there is no round to import ratings into yet</source>
        <translation>아직 평가를 가져올 차수가 없습니다</translation>
    </message>
    <message>
        <source>there is no round to import sheets into yet</source>
        <translation>아직 평가표를 가져올 차수가 없습니다</translation>
    </message>
    <message>
        <source>the sheets are for round %1, the panel&apos;s round is %2</source>
        <translation>평가표는 %1 차수용이지만 이 평가의 차수는 %2입니다</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;</source>
        <translation>등록되지 않은 위원 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>team %1 has a second sheet here (first at sheets[%2])</source>
        <translation>여기에 %1 팀의 두 번째 평가표가 있습니다 (처음 위치: sheets[%2])</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is submitted in the panel: it can no longer change (the chair can reopen it)</source>
        <translation>%1의 %2 팀 평가표는 이미 제출되었습니다: 더 이상 바꿀 수 없습니다 (위원장이 다시 열 수 있습니다)</translation>
    </message>
    <message>
        <source>item %1 is scored twice (first at scores[%2])</source>
        <translation>항목 %1이(가) 두 번 채점되었습니다 (처음 위치: scores[%2])</translation>
    </message>
    <message>
        <source>the key of %1 cannot be opened</source>
        <translation>%1의 키를 열 수 없습니다</translation>
    </message>
    <message>
        <source>--chair: %1 is %2 in %3, not the chair</source>
        <translation>--chair: %1은(는) %3에서 위원장이 아니라 %2입니다</translation>
    </message>
    <message>
        <source>%1: cannot make it readable by its owner only</source>
        <translation>%1: 소유자만 읽을 수 있도록 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot sign a change made by %2</source>
        <translation>%1은(는) %2이(가) 한 변경에 서명할 수 없습니다</translation>
    </message>
    <message>
        <source>only %1, signed in with their key, can sign their sheet for team %2</source>
        <translation>%2 팀에 대한 %1의 평가표는 자신의 키로 로그인한 %1 본인만 서명할 수 있습니다</translation>
    </message>
    <message>
        <source>the sheet of %1 for team %2 is not submitted</source>
        <translation>%1의 %2 팀 평가표가 제출되지 않았습니다</translation>
    </message>
    <message>
        <source>the cryptography library (libsodium) cannot start</source>
        <translation>암호화 라이브러리(libsodium)를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot sign: the signing key is damaged</source>
        <translation>서명할 수 없습니다: 서명 키가 손상되었습니다</translation>
    </message>
    <message>
        <source>not enough memory to protect the key (Argon2id)</source>
        <translation>키를 보호할 메모리가 부족합니다 (Argon2id)</translation>
    </message>
    <message>
        <source>%1 cannot be written to disk: %2</source>
        <translation>%1을(를) 디스크에 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2: %3</source>
        <translation>%1을(를) %2(으)로 옮길 수 없습니다: %3</translation>
    </message>
    <message>
        <source>the backup %1 cannot be written: %2</source>
        <translation>백업 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1이(가) 이미 있습니다. 백업은 기존 파일을 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <source>the backup %1 cannot be created: %2</source>
        <translation>백업 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the draft of %1 for team %2 is sealed to %1: only %1, signed in, can change it</source>
        <translation>%2 팀에 대한 %1의 초안은 %1에게 봉인되어 있습니다. 로그인한 %1만 변경할 수 있습니다</translation>
    </message>
    <message>
        <source>the draft of %1 for team %2 cannot be opened with this key (it is damaged or sealed to another key)</source>
        <translation>%2 팀에 대한 %1의 초안을 이 키로 열 수 없습니다(손상되었거나 다른 키에 봉인됨)</translation>
    </message>
    <message>
        <source>the draft of %1 for team %2 is sealed to a key %1 no longer has: %1 signs in again first</source>
        <translation>%2 팀에 대한 %1의 초안은 %1이(가) 더 이상 가지고 있지 않은 키에 봉인되어 있습니다. %1이(가) 먼저 다시 로그인해야 합니다</translation>
    </message>
    <message>
        <source>%1 has no key to seal their drafts to</source>
        <translation>%1에게는 초안을 봉인할 키가 없습니다</translation>
    </message>
    <message>
        <source>a member&apos;s public key is damaged: a draft cannot be sealed to it</source>
        <translation>위원의 공개 키가 손상되어 초안을 봉인할 수 없습니다</translation>
    </message>
    <message>
        <source>a draft cannot be padded for sealing</source>
        <translation>봉인을 위해 초안을 채울(padding) 수 없습니다</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>다른 사람</translation>
    </message>
    <message>
        <source>you (%1), in another window or with paneldesk-cli</source>
        <translation>본인(%1)이 다른 창이나 paneldesk-cli에서</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>another PanelDesk is writing to it</source>
        <translation>다른 PanelDesk가 기록하는 중입니다</translation>
    </message>
    <message>
        <source>another PanelDesk is busy with %1</source>
        <translation>다른 PanelDesk가 작업 중입니다: %1</translation>
    </message>
    <message>
        <source>%1: cannot start writing (%2)</source>
        <translation>%1: 기록을 시작할 수 없습니다 (%2)</translation>
    </message>
    <message>
        <source>%1: nothing was written: %2, still after %3 s (the longest PanelDesk waits); try again when it has finished</source>
        <translation>%1: 아무것도 기록하지 않았습니다. %3초(PanelDesk가 기다리는 최대 시간)가 지나도 %2. 그 작업이 끝난 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>%1: nothing was written: you stopped waiting (%2)</source>
        <translation>%1: 아무것도 기록하지 않았습니다. 기다리기를 멈췄습니다 (%2)</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, 프로세스 %2</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, %3의 프로세스 %2</translation>
    </message>
    <message>
        <source>The sheet of %1 for team %2 was cleared elsewhere after this window read it; nothing was saved. The sheet now shows what is stored: look at it, then enter your change again if it still applies.</source>
        <translation>이 창이 읽은 뒤 %1의 %2 팀 채점표가 다른 곳에서 지워졌습니다. 아무것도 저장하지 않았습니다. 채점표에 지금 저장된 내용이 표시됩니다. 확인한 뒤 변경이 여전히 필요하면 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <source>The sheet of %1 for team %2 was changed by %3 on %4 after this window read it; nothing was saved. The sheet now shows what is stored: look at it, then enter your change again if it still applies.</source>
        <translation>이 창이 읽은 뒤 %1의 %2 팀 채점표를 %3 %4에 변경했습니다. 아무것도 저장하지 않았습니다. 채점표에 지금 저장된 내용이 표시됩니다. 확인한 뒤 변경이 여전히 필요하면 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>disk full (%1): nothing was saved; free some space and try again</source>
        <translation>디스크가 가득 찼습니다(%1). 아무것도 저장되지 않았습니다. 공간을 확보한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>데이터베이스 오류: %1</translation>
    </message>
    <message>
        <source>cannot write a temporary file while importing ratings: %1</source>
        <translation>평가를 가져오는 중에 임시 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read a temporary file while importing ratings</source>
        <translation>평가를 가져오는 중에 임시 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the rating tallies count %1 user ratings but the file holds %2 (user_ratings was changed outside PanelDesk)</source>
        <translation>평가 집계에는 사용자 평가가 %1건으로 되어 있지만 파일에는 %2건이 있습니다 (user_ratings가 PanelDesk 밖에서 변경되었습니다)</translation>
    </message>
    <message>
        <source>user_ratings/%1/%2/%3: the stored ratings are %4 summing %5, their tallies say %6 summing %7 (the ratings or the tallies were changed outside PanelDesk)</source>
        <translation>user_ratings/%1/%2/%3: 저장된 평가는 %4건(합계 %5)인데 집계에는 %6건(합계 %7)으로 되어 있습니다 (평가나 집계가 PanelDesk 밖에서 변경되었습니다)</translation>
    </message>
    <message>
        <source>and %1 more rating tallies that differ</source>
        <translation>그 밖에 평가 집계 %1건이 다릅니다</translation>
    </message>
    <message numerus="yes">
        <source>round %1 holds %n decision version(s): its user ratings are part of their inputs and can no longer change</source>
        <translation>
            <numerusform>차수 %1에 결정 버전이 %n개 있습니다: 사용자 평가는 그 입력의 일부이므로 더 이상 바꿀 수 없습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the server connection gives no libpq handle for COPY (%1)</source>
        <translation>서버 연결에서 COPY에 쓸 libpq 핸들을 얻을 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>importing ratings</source>
        <translation>사용자 평가 가져오기</translation>
    </message>
    <message>
        <source>the server connection is busy: COPY cannot start</source>
        <translation>서버 연결이 다른 작업 중이라 COPY를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>데이터베이스를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the panel holds no round to change</source>
        <translation>패널에 바꿀 차수가 없습니다</translation>
    </message>
    <message>
        <source>round %1 holds inputs: changing its configuration needs a reason</source>
        <translation>차수 %1에 입력이 있어 설정을 바꾸려면 사유가 필요합니다</translation>
    </message>
    <message>
        <source>a configured target needs a benchmark of a target_ratio group</source>
        <translation>설정된 목표치에는 target_ratio 그룹의 벤치마크가 필요합니다</translation>
    </message>
    <message>
        <source>the benchmark does not apply to this team</source>
        <translation>이 벤치마크는 이 팀에 적용되지 않습니다</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>%1 must hold whole numbers from 0 to 2^53</source>
        <translation>%1에는 0부터 2^53까지의 정수만 들어갈 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>audit entry %1: %2</source>
        <translation>감사 기록 %1번: %2</translation>
    </message>
    <message>
        <source>entry %1 is missing (deleted from the log)</source>
        <translation>기록 %1번이 없습니다 (감사 기록에서 삭제됨)</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing (deleted from the log)</source>
        <translation>기록 %1번~%2번이 없습니다 (감사 기록에서 삭제됨)</translation>
    </message>
    <message>
        <source>out of order (expected entry %1 here)</source>
        <translation>순서가 맞지 않습니다 (이 위치에는 기록 %1번이 와야 함)</translation>
    </message>
    <message>
        <source>its link to the previous entry is wrong (entries removed, inserted or reordered before it)</source>
        <translation>이전 기록과의 연결이 잘못되었습니다 (앞쪽에서 기록이 삭제·삽입되었거나 순서가 바뀜)</translation>
    </message>
    <message>
        <source>it has no hash</source>
        <translation>해시가 없습니다</translation>
    </message>
    <message>
        <source>its content does not match its hash (changed after it was written)</source>
        <translation>내용이 해시와 일치하지 않습니다 (기록된 뒤에 변경됨)</translation>
    </message>
    <message>
        <source>it is not signed (&quot;%1&quot; by %2 was written without a signing key)</source>
        <translation>서명이 없습니다 (%2의 &quot;%1&quot;이(가) 서명 키 없이 기록됨)</translation>
    </message>
    <message>
        <source>the known head %1 is not in the chain, which ends at entry %2 (entries were cut off the end, or the chain was rewritten)</source>
        <translation>알려진 체인 헤드 %1이(가) 기록 %2번에서 끝나는 체인에 없습니다 (끝부분의 기록이 잘려 나갔거나 체인이 다시 작성됨)</translation>
    </message>
    <message>
        <source>signed by %1 for a change by %2</source>
        <translation>%2이(가) 한 변경에 %1이(가) 서명했습니다</translation>
    </message>
    <message>
        <source>signed by %1, whose key the chain does not establish</source>
        <translation>체인에 등록되지 않은 키로 %1이(가) 서명했습니다</translation>
    </message>
    <message>
        <source>the signature of %1 does not verify</source>
        <translation>%1의 서명이 검증되지 않습니다</translation>
    </message>
    <message>
        <source>%1 may not make %2 forget their key</source>
        <translation>%1에게는 %2의 키를 지울 권한이 없습니다</translation>
    </message>
    <message>
        <source>a key entry without a member or a 32-byte public key</source>
        <translation>위원 또는 32바이트 공개 키가 없는 키 기록입니다</translation>
    </message>
    <message>
        <source>the chain&apos;s root key is %1&apos;s (entry %2), fingerprint %3</source>
        <translation>체인의 루트 키는 %1의 키입니다 (기록 %2번), 지문 %3</translation>
    </message>
    <message>
        <source>%1 registered their own key at their first sign-in (entry %2); no chair endorsed it</source>
        <translation>%1이(가) 첫 로그인 때 자신의 키를 직접 등록했습니다 (기록 %2번). 위원장이 승인한 키가 아닙니다</translation>
    </message>
    <message>
        <source>sets a key for %1 without a chair&apos;s signature</source>
        <translation>위원장의 서명 없이 %1의 키를 설정합니다</translation>
    </message>
    <message>
        <source>%1: differs from what %2 signed in audit entry %3</source>
        <translation>%1: 감사 기록 %3번에서 %2이(가) 서명한 내용과 다릅니다</translation>
    </message>
    <message>
        <source>%1: its stored inputs do not hash to its fingerprint</source>
        <translation>%1: 저장된 입력 데이터의 해시가 지문과 일치하지 않습니다</translation>
    </message>
    <message>
        <source>%1: no signed decision entry</source>
        <translation>%1: 서명된 결정 기록이 없습니다</translation>
    </message>
    <message>
        <source>%1: verdict recorded before the first key (from the panel file it was built from)</source>
        <translation>%1: 첫 키 등록 전에 기록된 판정입니다 (데이터베이스를 만든 평가 파일에서 가져옴)</translation>
    </message>
    <message>
        <source>%1: differs from the verdict signed in audit entry %2</source>
        <translation>%1: 감사 기록 %2번에서 서명된 판정과 다릅니다</translation>
    </message>
    <message>
        <source>and %1 more records</source>
        <translation>외 %1건의 기록</translation>
    </message>
    <message>
        <source>audit entry %1: the signature of %2&apos;s sheet for team %3 (imported from a file) does not verify with %2&apos;s key in the chain</source>
        <translation>감사 기록 %1번: 파일에서 가져온 %3 팀에 대한 %2의 평가표 서명이 감사 체인의 %2 키로 검증되지 않습니다</translation>
    </message>
    <message>
        <source>%1: submitted, not signed by %2 (before schema 7, or imported from an unsigned file before signed sheets files)</source>
        <translation>%1: 제출되었지만 %2의 서명이 없습니다 (스키마 7 이전이거나, 서명된 평가표 파일 도입 전에 서명 없는 파일에서 가져옴)</translation>
    </message>
    <message>
        <source>user_ratings/%1: imported before import digests (audit entry %2)</source>
        <translation>user_ratings/%1: 가져오기 요약값 도입 전에 가져왔습니다 (감사 기록 %2번)</translation>
    </message>
    <message>
        <source>user_ratings/%1: the ratings differ from what was imported and signed in audit entry %2</source>
        <translation>user_ratings/%1: 사용자 평가가 감사 기록 %2번에서 가져오고 서명한 내용과 다릅니다</translation>
    </message>
    <message>
        <source>%1: differs from the result imported and signed in audit entry %2</source>
        <translation>%1: 감사 기록 %2번에서 가져오고 서명한 결과와 다릅니다</translation>
    </message>
    <message>
        <source>members/%1: its public key is not the key the audit chain established for %1 (the members table was changed)</source>
        <translation>members/%1: 공개 키가 감사 체인이 %1에게 등록한 키와 다릅니다 (위원 표가 변경되었습니다)</translation>
    </message>
    <message>
        <source>%1: decided on %2 user ratings, the round holds %3 (the ratings were changed outside PanelDesk)</source>
        <translation>%1: 사용자 평가 %2건으로 결정되었으나 차수에는 %3건이 있습니다 (평가가 PanelDesk 밖에서 변경됨)</translation>
    </message>
    <message>
        <source>%1: its stored inputs do not hash to its fingerprint (they are no longer in PanelDesk&apos;s canonical form)</source>
        <translation>%1: 저장된 입력의 해시가 지문과 일치하지 않습니다 (더 이상 PanelDesk의 정규 형식이 아님)</translation>
    </message>
    <message>
        <source>%1: its inputs cannot be read: %2</source>
        <translation>%1: 입력을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>This panel fails verification: %1. Run paneldesk-cli verify --db PANEL (with --as CHAIR on a server) for the whole report (docs/trust.md, &quot;When verification fails&quot;).</source>
        <translation>이 평가는 검증에 실패했습니다: %1. 전체 보고서는 paneldesk-cli verify --db PANEL(서버에서는 --as CHAIR 함께)을 실행하여 확인하십시오 (docs/trust.md, &quot;When verification fails&quot;).</translation>
    </message>
    <message>
        <source>%1: the attached report&apos;s bytes no longer hash to its recorded SHA-256 %2 (changed outside PanelDesk)</source>
        <translation>%1: 첨부된 보고서의 바이트가 기록된 SHA-256 %2와(과) 더 이상 일치하지 않습니다(PanelDesk 밖에서 변경됨)</translation>
    </message>
    <message>
        <source>%1: no audit entry records attaching this report</source>
        <translation>%1: 이 보고서의 첨부를 기록한 감사 항목이 없습니다</translation>
    </message>
    <message>
        <source>%1: its recorded SHA-256 %2 differs from the %3 audit entry %4 recorded</source>
        <translation>%1: 기록된 SHA-256 %2이(가) 감사 항목 %4에 기록된 %3과(와) 다릅니다</translation>
    </message>
</context>
<context>
    <name>VersionInputs</name>
    <message>
        <source>decision version %1</source>
        <translation>결정 버전 %1</translation>
    </message>
    <message>
        <source>%1: its stored inputs are not in PanelDesk&apos;s canonical form (changed outside PanelDesk)</source>
        <translation>%1: 저장된 입력이 PanelDesk의 정규 형식이 아닙니다 (PanelDesk 밖에서 변경됨)</translation>
    </message>
    <message>
        <source>%1 was decided on %2 user ratings, the round holds %3 (changed outside PanelDesk); run paneldesk-cli verify</source>
        <translation>%1은(는) 사용자 평가 %2건으로 결정되었으나 차수에는 %3건이 있습니다 (PanelDesk 밖에서 변경됨). paneldesk-cli verify를 실행하십시오</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>missing required option --%1 (see --help)</source>
        <translation>필수 옵션 --%1이(가) 없습니다 (--help 참조)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n file argument(s) (see --help)</source>
        <translation>
            <numerusform>파일 인수 %n개가 필요합니다 (--help 참조)</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Replace an existing database at --db.</source>
        <translation>--db 위치의 기존 데이터베이스를 바꿉니다.</translation>
    </message>
    <message>
        <source>add a member (passphrase from standard input)</source>
        <translation>위원 추가 (암호는 표준 입력에서 읽음)</translation>
    </message>
    <message>
        <source>list the members</source>
        <translation>위원 목록 보기</translation>
    </message>
    <message>
        <source>set a member&apos;s passphrase (from standard input)</source>
        <translation>위원 암호 설정 (표준 입력에서 읽음)</translation>
    </message>
    <message>
        <source>create the demo panel database</source>
        <translation>데모 평가 데이터베이스 만들기</translation>
    </message>
    <message>
        <source>build a database from a panel file</source>
        <translation>평가 파일로 데이터베이스 만들기</translation>
    </message>
    <message>
        <source>write a database out as a panel file</source>
        <translation>데이터베이스를 평가 파일로 내보내기</translation>
    </message>
    <message>
        <source>print the standings (table or --json)</source>
        <translation>순위 출력 (표 또는 --json)</translation>
    </message>
    <message>
        <source>add or list members, set passphrases</source>
        <translation>위원 추가·목록 보기, 암호 설정</translation>
    </message>
    <message>
        <source>Usage: paneldesk-cli COMMAND [options]</source>
        <translation>사용법: paneldesk-cli 명령 [옵션]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run &apos;paneldesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>명령별 옵션은 &apos;paneldesk-cli 명령 --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Creates the demo panel: the first evaluation of the sovereign AI foundation model project rebuilt from illustrative raw inputs.</source>
        <translation>데모 평가를 만듭니다: 독자 AI 파운데이션 모델 프로젝트 1차 평가를 예시용 원자료로 재구성합니다.</translation>
    </message>
    <message>
        <source>created the demo panel in %1</source>
        <translation>%1에 데모 평가를 만들었습니다</translation>
    </message>
    <message>
        <source>The panel file (JSON).</source>
        <translation>평가 파일 (JSON).</translation>
    </message>
    <message>
        <source>imported %1 into %2</source>
        <translation>%1을(를) %2(으)로 가져왔습니다</translation>
    </message>
    <message>
        <source>The panel file to write.</source>
        <translation>쓸 평가 파일.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1을(를) 썼습니다</translation>
    </message>
    <message>
        <source>Print the standings JSON.</source>
        <translation>순위 JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>The member id (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</source>
        <translation>위원 ID (영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>위원 이름.</translation>
    </message>
    <message>
        <source>chair, expert, secretariat or observer.</source>
        <translation>chair, expert, secretariat 또는 observer.</translation>
    </message>
    <message>
        <source>Team ids the member has a conflict of interest with, comma separated.</source>
        <translation>위원과 이해충돌이 있는 팀 ID (쉼표로 구분).</translation>
    </message>
    <message>
        <source>--role: unknown role &quot;%1&quot; (expected %2)</source>
        <translation>--role: 알 수 없는 역할 &quot;%1&quot;입니다 (허용되는 역할: %2)</translation>
    </message>
    <message>
        <source>a member with the id &quot;%1&quot; already exists</source>
        <translation>ID가 &quot;%1&quot;인 위원이 이미 있습니다</translation>
    </message>
    <message>
        <source>added %1 (%2) to %3</source>
        <translation>%3에 %1(%2)을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;</source>
        <translation>등록되지 않은 위원 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>set the passphrase of %1 in %2</source>
        <translation>%2에서 %1의 암호를 설정했습니다</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>이해충돌</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>set</source>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>미설정</translation>
    </message>
    <message>
        <source>Usage: paneldesk-cli member SUBCOMMAND [options]</source>
        <translation>사용법: paneldesk-cli member 하위명령 [옵션]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>하위 명령:</translation>
    </message>
    <message>
        <source>Run &apos;paneldesk-cli member SUBCOMMAND --help&apos; for its options.</source>
        <translation>하위 명령별 옵션은 &apos;paneldesk-cli member 하위명령 --help&apos;로 확인하십시오.</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>하위 명령이 없습니다</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1 %2&apos;</source>
        <translation>알 수 없는 하위 명령입니다: &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <source>the passphrase on standard input is too long</source>
        <translation>표준 입력의 암호가 너무 깁니다</translation>
    </message>
    <message>
        <source>the passphrase on standard input is not valid UTF-8</source>
        <translation>표준 입력의 암호가 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1의 암호: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>암호 다시 입력: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>두 암호가 다릅니다</translation>
    </message>
    <message>
        <source>no passphrase given: write it as one line on standard input</source>
        <translation>암호가 없습니다: 표준 입력에 한 줄로 입력하십시오</translation>
    </message>
    <message>
        <source>Print the agreement JSON.</source>
        <translation>일치도 JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>--aggregation: &apos;%1&apos; is not one of %2</source>
        <translation>--aggregation: &apos;%1&apos;은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>--trim: &apos;%1&apos; is not a whole number of at least 0</source>
        <translation>--trim: &apos;%1&apos;은(는) 0 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>--trim needs --aggregation trimmed_mean</source>
        <translation>--trim은 --aggregation trimmed_mean과 함께 사용해야 합니다</translation>
    </message>
    <message>
        <source>--weight: &apos;%1&apos; is not CATEGORY=POINTS</source>
        <translation>--weight: &apos;%1&apos;은(는) CATEGORY=POINTS 형식이 아닙니다</translation>
    </message>
    <message>
        <source>--weight: category &apos;%1&apos; is given twice</source>
        <translation>--weight: 부문 &apos;%1&apos;이(가) 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>--leave-out: unknown expert &apos;%1&apos;</source>
        <translation>--leave-out: 알 수 없는 전문가 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>never (independence)</source>
        <translation>해당 없음 (독자성)</translation>
    </message>
    <message>
        <source>not adjustable</source>
        <translation>조정 불가</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Sensitivity of the cut — analysis only: the stored configuration is not changed.</source>
        <translation>컷 민감도 — 분석 전용: 저장된 설정은 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>Scenario: weights %1</source>
        <translation>시나리오: 배점 %1</translation>
    </message>
    <message>
        <source>aggregation %1</source>
        <translation>집계 %1</translation>
    </message>
    <message>
        <source>as stored</source>
        <translation>저장된 값</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>제외: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>%1 (%2): flip at</source>
        <translation>%1 (%2): 전환점</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>flip at: the smallest change of the category&apos;s points (the others rescaled in proportion, the total kept) after which the team&apos;s outcome differs from the scenario.</source>
        <translation>전환점: 팀의 결과가 시나리오와 달라지게 되는 해당 부문 배점의 최소 변경량 (다른 부문은 비례하여 조정되며 총점은 유지됨).</translation>
    </message>
    <message>
        <source>Leave one expert out</source>
        <translation>전문가 1인 제외</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>전문가</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Outcomes that change</source>
        <translation>변경되는 결과</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>No expert has a submitted sheet.</source>
        <translation>제출된 평가표가 있는 전문가가 없습니다.</translation>
    </message>
    <message>
        <source>Print JSON (format paneldesk-sensitivity, version 1).</source>
        <translation>JSON(형식 paneldesk-sensitivity, 버전 1)을 출력합니다.</translation>
    </message>
    <message>
        <source>Expert aggregation of the scenario: mean, median or trimmed_mean.</source>
        <translation>시나리오의 전문가 집계 방식: mean(평균), median(중앙값) 또는 trimmed_mean(절사 평균).</translation>
    </message>
    <message>
        <source>With trimmed_mean: how many highest and lowest totals to drop (default 1).</source>
        <translation>trimmed_mean 사용 시 제외할 최고 및 최저 총점의 개수 (기본값 1).</translation>
    </message>
    <message>
        <source>A category&apos;s points in the scenario (repeatable); the other categories are rescaled in proportion to keep the total.</source>
        <translation>시나리오에서 적용할 부문 배점 (반복 지정 가능). 총점을 유지하도록 다른 부문은 비례하여 조정됩니다.</translation>
    </message>
    <message>
        <source>Drop this expert&apos;s sheets in the scenario.</source>
        <translation>시나리오에서 이 전문가의 평가표를 제외합니다.</translation>
    </message>
    <message>
        <source>print how far the experts agree (table or --json)</source>
        <translation>전문가 간 일치도 출력 (표 또는 --json)</translation>
    </message>
    <message>
        <source>sensitivity of the cut (table or --json)</source>
        <translation>컷 민감도 (표 또는 --json)</translation>
    </message>
    <message>
        <source>Records an appeal against the announced decision (chair only). Only a team eliminated on score or disqualified may appeal; one filed after the window is recorded as late and refused by rule. The committee leaves out every member who scored the team.</source>
        <translation>발표된 결정에 대한 이의 신청을 기록합니다 (위원장 전용). 점수로 탈락했거나 실격된 팀만 이의 신청할 수 있으며, 기간이 지난 뒤 제출된 이의 신청은 기한 경과로 기록되고 규정에 따라 각하됩니다. 심사위원회에서는 그 팀을 채점한 위원을 모두 제외합니다.</translation>
    </message>
    <message>
        <source>The appealing team.</source>
        <translation>이의 신청 팀.</translation>
    </message>
    <message>
        <source>The filing date (default: today).</source>
        <translation>신청일 (기본값: 오늘).</translation>
    </message>
    <message>
        <source>The grounds of the appeal.</source>
        <translation>이의 신청 사유.</translation>
    </message>
    <message>
        <source>Member ids of the committee, comma separated (default: every chair and expert who did not score the team and has no conflict with it).</source>
        <translation>심사위원회 위원 ID, 쉼표로 구분 (기본값: 그 팀을 채점하지 않았고 이해충돌이 없는 모든 위원장과 전문가).</translation>
    </message>
    <message>
        <source>recorded appeal %1 of %2 as late: filed after the window, refused by rule</source>
        <translation>%2의 이의 신청 %1을(를) 기한 경과로 기록했습니다: 기간이 지난 뒤 제출되어 규정에 따라 각하됩니다</translation>
    </message>
    <message>
        <source>recorded appeal %1 of %2; committee: %3</source>
        <translation>%2의 이의 신청 %1을(를) 기록했습니다. 심사위원회: %3</translation>
    </message>
    <message>
        <source>Records the committee&apos;s ruling on an appeal (chair only): rejected (the decision stands) or upheld (the round reopens for a new decision version).</source>
        <translation>이의 신청에 대한 심사위원회의 재결을 기록합니다 (위원장 전용): rejected(기각, 결정 유지) 또는 upheld(인용, 새 결정 버전을 위해 차수 재개).</translation>
    </message>
    <message>
        <source>The appeal number.</source>
        <translation>이의 신청 번호.</translation>
    </message>
    <message>
        <source>rejected or upheld.</source>
        <translation>rejected 또는 upheld.</translation>
    </message>
    <message>
        <source>The reason for the ruling.</source>
        <translation>재결 사유.</translation>
    </message>
    <message>
        <source>--id: &quot;%1&quot; is not an appeal number</source>
        <translation>--id: &quot;%1&quot;은(는) 이의 신청 번호가 아닙니다</translation>
    </message>
    <message>
        <source>--ruling: expected rejected or upheld, got &quot;%1&quot;</source>
        <translation>--ruling: rejected 또는 upheld여야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>appeal %1 upheld: the round is reopened for a new decision version</source>
        <translation>이의 신청 %1 인용: 새 결정 버전을 위해 차수를 재개했습니다</translation>
    </message>
    <message>
        <source>appeal %1 rejected: the decision stands</source>
        <translation>이의 신청 %1 기각: 결정이 유지됩니다</translation>
    </message>
    <message>
        <source>record an appeal</source>
        <translation>이의 신청 기록</translation>
    </message>
    <message>
        <source>record the ruling on an appeal</source>
        <translation>이의 신청 재결 기록</translation>
    </message>
    <message>
        <source>Usage: paneldesk-cli appeal SUBCOMMAND [options]</source>
        <translation>사용법: paneldesk-cli appeal 하위명령 [옵션]</translation>
    </message>
    <message>
        <source>The register is shown by &apos;paneldesk-cli decision&apos;.</source>
        <translation>목록은 &apos;paneldesk-cli decision&apos;으로 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>--%1: expected KEY=TEXT, got &quot;%2&quot;</source>
        <translation>--%1: KEY=TEXT 형식이어야 합니다 (입력: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Locks the round (chair only): no more score, sheet or findings changes; the next step is decide.</source>
        <translation>차수를 잠급니다 (위원장 전용): 점수, 평가표, 검토 결과를 더 이상 바꿀 수 없습니다. 다음 단계는 decide입니다.</translation>
    </message>
    <message>
        <source>locked round %1</source>
        <translation>%1 차수를 잠갔습니다</translation>
    </message>
    <message>
        <source>Why the round is reopened (kept in the audit log).</source>
        <translation>차수를 재개하는 사유 (감사 기록에 보관됨).</translation>
    </message>
    <message>
        <source>Reopens a locked or decided round before its announcement (chair only); a decided version is kept and marked reopened.</source>
        <translation>발표 전에 잠겼거나 결정된 차수를 재개합니다 (위원장 전용). 결정된 버전은 보관되며 재개됨으로 표시됩니다.</translation>
    </message>
    <message>
        <source>reopened round %1</source>
        <translation>%1 차수를 재개했습니다</translation>
    </message>
    <message>
        <source>TEAM=TEXT: the reason for a team&apos;s outcome; required for every team eliminated on score or disqualified (repeat the option).</source>
        <translation>TEAM=TEXT: 팀 결과의 사유입니다. 점수로 탈락하거나 실격된 모든 팀에 필요합니다 (옵션 반복 지정).</translation>
    </message>
    <message>
        <source>TEAM,TEAM,...=RATIONALE: a tie resolution at the cut, best first (repeat for several groups).</source>
        <translation>TEAM,TEAM,...=RATIONALE: 컷에서의 동점 처리 결정, 상위 팀부터 (여러 그룹이면 반복 지정).</translation>
    </message>
    <message>
        <source>Decides a locked round from complete standings (R7; chair only): a new immutable decision version with the SHA-256 fingerprint of its inputs.</source>
        <translation>완성된 순위로 잠긴 차수를 결정합니다 (R7, 위원장 전용): 입력의 SHA-256 지문이 포함된 변경할 수 없는 새 결정 버전을 만듭니다.</translation>
    </message>
    <message>
        <source>--reason: team %1 is given twice</source>
        <translation>--reason: 팀 %1이(가) 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>decided round %1, version %2, fingerprint %3</source>
        <translation>차수 %1 결정 완료, 버전 %2, 지문 %3</translation>
    </message>
    <message>
        <source>The day the decision is announced.</source>
        <translation>결정을 발표하는 날짜.</translation>
    </message>
    <message>
        <source>Announces the decided version on a date (chair only); the appeal window closes at the end of the date plus the round&apos;s appeal days (R9).</source>
        <translation>결정된 버전을 지정한 날짜에 발표합니다 (위원장 전용). 이의 신청 기간은 그 날짜에 차수의 이의 신청 일수를 더한 날의 끝에 종료됩니다 (R9).</translation>
    </message>
    <message>
        <source>announced round %1, version %2, on %3; appeals until the end of %4</source>
        <translation>차수 %1, 버전 %2을(를) %3에 발표했습니다. 이의 신청은 %4 끝까지 가능합니다</translation>
    </message>
    <message>
        <source>Makes the announced decision final (chair only): only after the appeal window has closed and every appeal is ruled on.</source>
        <translation>발표된 결정을 확정합니다 (위원장 전용): 이의 신청 기간이 종료되고 모든 이의 신청이 심사된 뒤에만 가능합니다.</translation>
    </message>
    <message>
        <source>round %1, version %2, is final (fingerprint %3)</source>
        <translation>차수 %1, 버전 %2이(가) 확정되었습니다 (지문 %3)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>round %1: %2</source>
        <translation>차수 %1: %2</translation>
    </message>
    <message>
        <source>version %1: decided %2 by %3, fingerprint %4</source>
        <translation>버전 %1: %2에 %3이(가) 결정, 지문 %4</translation>
    </message>
    <message>
        <source>announced %1; appeals until the end of %2</source>
        <translation>%1 발표, 이의 신청은 %2 끝까지</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left after today</source>
        <translation>
            <numerusform>오늘 이후 %n일 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>reopened %1: %2</source>
        <translation>%1 재개: %2</translation>
    </message>
    <message>
        <source>final %1</source>
        <translation>%1 확정</translation>
    </message>
    <message>
        <source>team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>이의 신청</translation>
    </message>
    <message>
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>심사위원회</translation>
    </message>
    <message>
        <source>ruling</source>
        <translation>심사 결과</translation>
    </message>
    <message>
        <source>late: refused by rule</source>
        <translation>기한 경과: 규정에 따라 각하</translation>
    </message>
    <message>
        <source>awaiting ruling</source>
        <translation>심사 대기 중</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: &quot;%2&quot;은(는) 날짜가 아닙니다 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--as: unknown member &quot;%1&quot;</source>
        <translation>--as: 등록되지 않은 위원 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>--as %1: wrong passphrase (or none set)</source>
        <translation>--as %1: 암호가 틀렸습니다 (또는 설정되지 않음)</translation>
    </message>
    <message>
        <source>csv, xlsx or json.</source>
        <translation>csv, xlsx 또는 json.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>쓸 파일.</translation>
    </message>
    <message>
        <source>csv: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>csv: UTF-8 바이트 순서 표시(BOM)로 시작합니다 (Excel용).</translation>
    </message>
    <message>
        <source>xlsx: add each reviewer&apos;s totals per team (the chair only: needs --as).</source>
        <translation>xlsx: 팀별 평가위원 총점을 추가합니다 (위원장 전용: --as 필요).</translation>
    </message>
    <message>
        <source>--format: expected csv, xlsx or json, got &quot;%1&quot;</source>
        <translation>--format: csv, xlsx 또는 json이어야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--with-reviewers applies to --format xlsx only</source>
        <translation>--with-reviewers는 --format xlsx에만 적용됩니다</translation>
    </message>
    <message>
        <source>Recomputes the SHA-256 fingerprint of the round&apos;s canonical inputs and checks every decision version: its stored inputs hash to its fingerprint and reproduce its standings, and a decided, announced or final round still holds the inputs of its latest version. Exit code 1 when a check fails.</source>
        <translation>차수의 정규화된 입력에 대한 SHA-256 지문을 다시 계산하고 모든 결정 버전을 검사합니다: 저장된 입력의 해시가 지문과 일치하고 순위가 재현되는지, 그리고 결정·발표·확정된 차수가 최신 버전의 입력을 그대로 유지하는지 확인합니다. 검사에 실패하면 종료 코드 1을 반환합니다.</translation>
    </message>
    <message>
        <source>The decision version for --inputs-out.</source>
        <translation>--inputs-out에 사용할 결정 버전.</translation>
    </message>
    <message>
        <source>current inputs: %1</source>
        <translation>현재 입력: %1</translation>
    </message>
    <message>
        <source>version %1: %2 — stored inputs %3, standings %4</source>
        <translation>버전 %1: %2 — 저장된 입력 %3, 순위 %4</translation>
    </message>
    <message>
        <source>match</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>DO NOT MATCH</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation>재현됨</translation>
    </message>
    <message>
        <source>NOT REPRODUCED</source>
        <translation>재현되지 않음</translation>
    </message>
    <message>
        <source>the round still holds the inputs of version %1</source>
        <translation>차수가 버전 %1의 입력을 그대로 유지하고 있습니다</translation>
    </message>
    <message>
        <source>THE ROUND&apos;S INPUTS DIFFER FROM VERSION %1</source>
        <translation>차수의 입력이 버전 %1과(와) 다릅니다</translation>
    </message>
    <message>
        <source>--version: round %1 has no decision version &quot;%2&quot;</source>
        <translation>--version: 차수 %1에 결정 버전 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>Imports benchmark results from a CSV file (team,benchmark,score[,target]) or from an lm-evaluation-harness results.json (one model: give --team; tasks and metrics are mapped to benchmarks by --mapping FILE, which the panel then keeps, or by the mapping it keeps). Prints the changes first; re-importing replaces only the results the file names, each change audited with its old and new value. All or nothing.</source>
        <translation>CSV 파일(team,benchmark,score[,target]) 또는 lm-evaluation-harness results.json(모델 1개: --team 지정)에서 벤치마크 결과를 가져옵니다. 태스크와 지표는 --mapping FILE(이후 평가위원회가 보관) 또는 보관된 매핑에 따라 벤치마크에 대응됩니다. 먼저 변경 내용을 출력하며, 다시 가져오면 파일에 있는 결과만 교체되고 각 변경은 이전 값과 새 값으로 감사 기록에 남습니다. 전부 아니면 전무.</translation>
    </message>
    <message>
        <source>A mapping file (paneldesk-benchmark-mapping) to use and keep.</source>
        <translation>사용하고 보관할 매핑 파일 (paneldesk-benchmark-mapping).</translation>
    </message>
    <message>
        <source>The team whose model an lm-evaluation-harness file is for.</source>
        <translation>lm-evaluation-harness 파일의 모델이 속한 팀.</translation>
    </message>
    <message>
        <source>Show the changes, write nothing.</source>
        <translation>변경 내용만 표시하고 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>The results file (CSV or JSON).</source>
        <translation>결과 파일 (CSV 또는 JSON).</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: 가져온 항목 없음</translation>
    </message>
    <message>
        <source>the mapping of %1 will be kept by the panel</source>
        <translation>%1의 매핑을 평가위원회가 보관합니다</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>시험 실행: 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>Imports user ratings from a CSV file with the header evaluator,team,item,rating (UTF-8, with or without a byte-order mark) into the current round. All or nothing: on any problem nothing is written and every problem is listed with file:line:column (the first 100 and a count). A rating already stored is a duplicate unless --replace replaces the round&apos;s stored ratings.</source>
        <translation>헤더가 evaluator,team,item,rating인 CSV 파일(UTF-8, 바이트 순서 표시 유무 무관)에서 사용자 평가를 현재 차수로 가져옵니다. 전부 아니면 전무: 문제가 하나라도 있으면 아무것도 쓰지 않으며, 모든 문제를 file:line:column 형식으로 나열합니다 (처음 100개와 전체 개수). --replace로 차수에 저장된 평가를 교체하지 않으면 이미 저장된 평가는 중복으로 처리됩니다.</translation>
    </message>
    <message>
        <source>Replace the ratings stored in the round by those of the file.</source>
        <translation>차수에 저장된 평가를 파일의 평가로 교체합니다.</translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation>진행 상황을 출력하지 않습니다.</translation>
    </message>
    <message>
        <source>The ratings CSV file.</source>
        <translation>사용자 평가 CSV 파일.</translation>
    </message>
    <message>
        <source>reading %1: %2%</source>
        <translation>%1 읽는 중: %2%</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported (%n problem(s))</source>
        <translation>
            <numerusform>%1: 가져온 항목 없음 (문제 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1 ratings from %2 (replacing %3 stored ratings)</source>
        <translation>%2에서 평가 %1건을 가져왔습니다 (저장된 평가 %3건 교체)</translation>
    </message>
    <message>
        <source>imported %1 ratings from %2</source>
        <translation>%2에서 평가 %1건을 가져왔습니다</translation>
    </message>
    <message>
        <source>The new round&apos;s database.</source>
        <translation>새 차수의 데이터베이스.</translation>
    </message>
    <message>
        <source>The new round&apos;s id, e.g. R2.</source>
        <translation>새 차수의 ID (예: R2).</translation>
    </message>
    <message>
        <source>The new round&apos;s name.</source>
        <translation>새 차수의 이름.</translation>
    </message>
    <message>
        <source>ID=NAME: a re-called team entering at this round (repeat the option).</source>
        <translation>ID=NAME: 이번 차수에 참가하는 재소환 팀 (옵션 반복 지정).</translation>
    </message>
    <message>
        <source>The id of a team eliminated in the final round that re-applies as a new entry (repeat the option).</source>
        <translation>확정된 차수에서 탈락했다가 새로 다시 신청하는 팀의 ID (옵션 반복 지정).</translation>
    </message>
    <message>
        <source>--recall: expected ID=NAME, got &quot;%1&quot;</source>
        <translation>--recall: ID=NAME 형식이어야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>created round %1 in %2</source>
        <translation>%2에 차수 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>full, public or team.</source>
        <translation>full, public 또는 team.</translation>
    </message>
    <message>
        <source>The team of a team report.</source>
        <translation>팀 보고서의 대상 팀.</translation>
    </message>
    <message>
        <source>Public report: the teams whose scores are published, comma separated.</source>
        <translation>공개 보고서: 점수를 공개할 팀 (쉼표로 구분).</translation>
    </message>
    <message>
        <source>The decision version (default: the latest).</source>
        <translation>결정 버전 (기본값: 최신).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>쓸 PDF 파일.</translation>
    </message>
    <message>
        <source>Print the report&apos;s text instead of writing a PDF.</source>
        <translation>PDF를 쓰는 대신 보고서 텍스트를 출력합니다.</translation>
    </message>
    <message>
        <source>--disclosure: expected full, public or team, got &quot;%1&quot;</source>
        <translation>--disclosure: full, public 또는 team이어야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--disclosure team needs --team</source>
        <translation>--disclosure team에는 --team이 필요합니다</translation>
    </message>
    <message>
        <source>--version: &quot;%1&quot; is not a version number</source>
        <translation>--version: &quot;%1&quot;은(는) 버전 번호가 아닙니다</translation>
    </message>
    <message>
        <source>missing required option --out (or --text)</source>
        <translation>필수 옵션 --out(또는 --text)이 없습니다</translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation>%1을(를) 썼습니다 (%2)</translation>
    </message>
    <message>
        <source>The sheets file to write.</source>
        <translation>쓸 평가표 파일.</translation>
    </message>
    <message>
        <source>The sheets file (JSON).</source>
        <translation>평가표 파일 (JSON).</translation>
    </message>
    <message>
        <source>imported the sheets of %1 from %2: %3 score(s) written, %4 sheet(s) submitted, %5 submitted sheet(s) unchanged</source>
        <translation>%2에서 %1의 평가표를 가져왔습니다: 점수 %3건 기록, 평가표 %4건 제출, 제출된 평가표 %5건 변경 없음</translation>
    </message>
    <message>
        <source>import user ratings from a CSV file</source>
        <translation>CSV 파일에서 사용자 평가 가져오기</translation>
    </message>
    <message>
        <source>import benchmark results (CSV or lm-eval JSON)</source>
        <translation>벤치마크 결과 가져오기 (CSV 또는 lm-eval JSON)</translation>
    </message>
    <message>
        <source>write a member&apos;s score sheets to a file</source>
        <translation>위원의 평가표를 파일로 쓰기</translation>
    </message>
    <message>
        <source>import a member&apos;s filled sheets file</source>
        <translation>위원이 작성한 평가표 파일 가져오기</translation>
    </message>
    <message>
        <source>lock the round (chair)</source>
        <translation>차수 잠금 (위원장)</translation>
    </message>
    <message>
        <source>reopen a locked or decided round (chair)</source>
        <translation>잠긴 또는 결정된 차수 재개 (위원장)</translation>
    </message>
    <message>
        <source>decide the locked round (chair)</source>
        <translation>잠긴 차수 결정 (위원장)</translation>
    </message>
    <message>
        <source>announce the decision on a date (chair)</source>
        <translation>지정한 날짜에 결정 발표 (위원장)</translation>
    </message>
    <message>
        <source>record an appeal or its ruling (chair)</source>
        <translation>이의 신청 또는 심사 결과 기록 (위원장)</translation>
    </message>
    <message>
        <source>make the decision final (chair)</source>
        <translation>결정 확정 (위원장)</translation>
    </message>
    <message>
        <source>show the lifecycle, versions and appeals</source>
        <translation>진행 단계, 버전, 이의 신청 표시</translation>
    </message>
    <message>
        <source>write the standings as csv, xlsx or json</source>
        <translation>순위를 csv, xlsx 또는 json으로 쓰기</translation>
    </message>
    <message>
        <source>create the next round from a final one (chair)</source>
        <translation>확정된 차수로 다음 차수 만들기 (위원장)</translation>
    </message>
    <message>
        <source>write the decision report as a PDF</source>
        <translation>결정 보고서를 PDF로 쓰기</translation>
    </message>
    <message>
        <source>recompute and check the decision fingerprints</source>
        <translation>결정 지문 재계산 및 검사</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) to write, %1 unchanged</source>
        <translation>
            <numerusform>쓸 결과 %n건, 변경 없음 %1건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n result(s) from %1</source>
        <translation>
            <numerusform>%1에서 결과 %n건을 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints how far the experts agree, from submitted sheets only: Kendall&apos;s W with its p-value, ICC(2,1), and each expert&apos;s leniency and outlier flags; a table, or with --json the agreement JSON (format paneldesk-agreement, version 1; docs/agreement.md). The chair only, signed in with --as, as the window&apos;s tab.</source>
        <translation>제출된 평가표만으로 전문가 간 일치도를 출력합니다: Kendall&apos;s W와 p값, ICC(2,1), 전문가별 관대도와 이상치 표시. 표로 출력하거나, --json을 지정하면 일치도 JSON(형식 paneldesk-agreement, 버전 1; docs/agreement.md)으로 출력합니다. 창의 탭과 마찬가지로 위원장 전용이며 --as로 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Shows where the round stands: its state, every decision version with its fingerprint, the appeal window and the appeals register. With nobody signed in (--as), only announced versions and no committees.</source>
        <translation>차수의 현황을 표시합니다: 상태, 지문이 포함된 모든 결정 버전, 이의 신청 기간과 이의 신청 대장. 로그인(--as)하지 않으면 발표된 버전만 표시하며 심사위원회는 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Today&apos;s date (default: the system date; an earlier date records what happened, a later one is refused).</source>
        <translation>오늘 날짜 (기본값: 시스템 날짜. 이전 날짜를 지정하면 지난 일을 기록하며, 이후 날짜는 거부됩니다).</translation>
    </message>
    <message>
        <source>Writes the standings of the current round to a file: csv (for spreadsheets; formula-like text is neutralized), xlsx (sheets: standings, rating summary, and with --with-reviewers each reviewer&apos;s totals, for the chair) or json (paneldesk-standings, version 1). The file is replaced atomically. Signed in with --as: the standings that member may see (readable by its owner only); with nobody signed in: the public view (program, round, state, teams and the announced outcomes; json format paneldesk-public).</source>
        <translation>현재 차수의 순위를 파일로 씁니다: csv(스프레드시트용, 수식처럼 보이는 텍스트는 무력화됨), xlsx(시트: 순위, 사용자 평가 요약, --with-reviewers 지정 시 평가위원별 총점(위원장용)) 또는 json(paneldesk-standings, 버전 1). 파일은 원자적으로 교체됩니다. --as로 로그인하면 그 위원이 볼 수 있는 순위를 쓰고(소유자만 읽을 수 있음), 로그인하지 않으면 공개 내용(사업, 차수, 상태, 팀, 발표된 결과; json 형식 paneldesk-public)을 씁니다.</translation>
    </message>
    <message>
        <source>wrote %1 (public: nobody is signed in)</source>
        <translation>%1을(를) 썼습니다 (공개 내용: 로그인한 위원 없음)</translation>
    </message>
    <message>
        <source>Write the canonical inputs (of --version, or the current ones) to FILE; &apos;sha256sum FILE&apos; shows the fingerprint. The chair only, signed in with --as: the inputs hold every submitted score.</source>
        <translation>정규화된 입력 데이터(--version의 입력 또는 현재 입력)를 FILE에 씁니다. &apos;sha256sum FILE&apos;로 지문을 확인할 수 있습니다. 입력 데이터에는 제출된 모든 점수가 들어 있으므로 위원장 전용이며 --as로 로그인해야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>paneldesk-cli member passphrase: sets a new passphrase for a member (the member themselves, the chair or the secretariat, signed in with --as). Standard input gives the passphrase of --as first (unless --passphrase-file), then the new one (at least %n characters).</source>
        <translation>
            <numerusform>paneldesk-cli member passphrase: 위원의 새 암호를 설정합니다 (위원 본인, 위원장 또는 간사가 --as로 로그인). 표준 입력으로 먼저 --as의 암호(--passphrase-file을 쓰지 않는 경우)를, 이어서 새 암호(%n자 이상)를 입력합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>paneldesk-cli member list: the members of the panel with their role, conflicts of interest and whether a passphrase is set. Public: nobody needs to sign in.</source>
        <translation>paneldesk-cli member list: 평가의 위원과 역할, 이해충돌, 암호 설정 여부를 표시합니다. 공개 정보이므로 로그인하지 않아도 됩니다.</translation>
    </message>
    <message>
        <source>The chair who creates the panel; their passphrase is read from standard input (asked twice on a terminal).</source>
        <translation>평가를 만드는 위원장. 암호는 표준 입력에서 읽습니다 (터미널에서는 두 번 묻습니다).</translation>
    </message>
    <message>
        <source>%1 — round %2 (%3): %4</source>
        <translation>%1 — 차수 %2 (%3): %4</translation>
    </message>
    <message>
        <source>announced decision: version %1 of %2</source>
        <translation>발표된 결정: %2에 발표된 버전 %1</translation>
    </message>
    <message>
        <source>no decision announced yet: sign in with --as to see the standings you may see</source>
        <translation>아직 발표된 결정이 없습니다: 볼 수 있는 순위를 확인하려면 --as로 로그인하십시오</translation>
    </message>
    <message>
        <source>Creates an empty panel from the first-evaluation template (the demo&apos;s categories, benchmarks and rules, no inputs) whose creator and first member is the chair of --chair; their passphrase is read from standard input.</source>
        <translation>1차 평가 템플릿(데모의 부문, 벤치마크, 규칙; 입력 데이터 없음)으로 빈 평가를 만듭니다. --chair의 위원장이 만든 사람이자 첫 위원이 되며, 그 암호는 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>The chair&apos;s name.</source>
        <translation>위원장 이름.</translation>
    </message>
    <message>
        <source>The program&apos;s name (default: &quot;New panel&quot;).</source>
        <translation>사업 이름 (기본값: &quot;새 평가&quot;).</translation>
    </message>
    <message>
        <source>The first round&apos;s name.</source>
        <translation>첫 차수의 이름.</translation>
    </message>
    <message>
        <source>The evaluation date (default: today).</source>
        <translation>평가일 (기본값: 오늘).</translation>
    </message>
    <message>
        <source>ID=NAME: a team of the round (repeat the option; at least one).</source>
        <translation>ID=NAME: 차수의 팀 (옵션 반복 지정, 하나 이상).</translation>
    </message>
    <message>
        <source>--team: expected ID=NAME, got &quot;%1&quot;</source>
        <translation>--team: ID=NAME 형식이어야 합니다 (입력: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &quot;%1&quot;은(는) 날짜가 아닙니다 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>New panel</source>
        <translation>새 평가</translation>
    </message>
    <message>
        <source>First evaluation</source>
        <translation>1차 평가</translation>
    </message>
    <message>
        <source>created %1 with %2 as its chair</source>
        <translation>%2을(를) 위원장으로 하여 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>Builds a new panel database from a panel file (format paneldesk-panel, version 1) whose creator is the chair of --chair: a chair of the file, or added as chair; their passphrase is read from standard input. All or nothing: on any error no database is left behind. Replacing an existing database (--replace) is the chair&apos;s of that database, signed in with --as (their passphrase first).</source>
        <translation>평가 파일(형식 paneldesk-panel, 버전 1)로 새 평가 데이터베이스를 만듭니다. 만든 사람은 --chair의 위원장(파일에 있는 위원장 또는 위원장으로 추가됨)이며, 그 암호는 표준 입력에서 읽습니다. 전부 아니면 전무: 오류가 하나라도 있으면 데이터베이스를 남기지 않습니다. 기존 데이터베이스 교체(--replace)는 그 데이터베이스의 위원장만 --as로 로그인하여 할 수 있습니다 (그 암호를 먼저 입력).</translation>
    </message>
    <message>
        <source>The chair&apos;s name when they are not in the file (default: the id).</source>
        <translation>위원장이 파일에 없을 때 사용할 위원장 이름 (기본값: ID).</translation>
    </message>
    <message>
        <source>Writes the current round of a database as a panel file (the chair or the secretariat, signed in with --as). Drafts are never written: the file holds submitted sheets only, which import-panel takes as submitted. The file is readable by its owner only.</source>
        <translation>데이터베이스의 현재 차수를 평가 파일로 씁니다 (위원장 또는 간사가 --as로 로그인). 임시 저장 내용은 쓰지 않습니다: 파일에는 제출된 평가표만 들어 있으며, import-panel은 이를 제출된 평가표로 가져옵니다. 파일은 소유자만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Prints the standings of the current round as the member of --as may see them (docs/visibility.md): a table, or with --json the standings JSON (format paneldesk-standings, version 1). With nobody signed in, only what is public: the program, the round, its state and its teams, and the outcomes of an announced decision (--json: format paneldesk-public, version 1).</source>
        <translation>현재 차수의 순위를 --as의 위원이 볼 수 있는 범위(docs/visibility.md)에서 출력합니다: 표로 출력하거나, --json을 지정하면 순위 JSON(형식 paneldesk-standings, 버전 1)으로 출력합니다. 로그인하지 않으면 공개된 내용만 출력합니다: 사업, 차수, 상태, 팀, 발표된 결정의 결과 (--json: 형식 paneldesk-public, 버전 1).</translation>
    </message>
    <message>
        <source>expert scores hidden from %1 for: %2</source>
        <translation>%1에게 전문가 점수가 가려진 팀: %2</translation>
    </message>
    <message>
        <source>Writes the decision report of the latest (or --version) decision version as an A4 PDF: full (internal), public (outcomes and reasons; scores only of the teams given with --publish, and the averages) or team (one team&apos;s own scores with the averages). A round without a decision gives a DRAFT. Full and team reports, drafts and a choice of published teams are the chair&apos;s (signed in with --as; the PDF is readable by its owner only); the public report of an announced version is anyone&apos;s.</source>
        <translation>최신(또는 --version) 결정 버전의 결정 보고서를 A4 PDF로 씁니다: full(전체, 내부용), public(공개용: 결과와 사유, --publish로 지정한 팀의 점수와 평균만) 또는 team(한 팀의 자체 점수와 평균). 결정이 없는 차수는 초안으로 작성됩니다. 전체 보고서와 팀 보고서, 초안, 점수 공개 팀 선택은 위원장 전용입니다 (--as로 로그인, PDF는 소유자만 읽을 수 있음). 발표된 버전의 공개 보고서는 누구나 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Sensitivity of the cut: each team&apos;s outcome as stored and under a scenario (other category weights, another expert aggregation, one expert left out), the smallest change of each category weight that flips it, and the leave-one-expert-out table. An analysis only: the database is not changed. The chair only, signed in with --as, as the window&apos;s tab.</source>
        <translation>컷 민감도: 각 팀의 저장된 결과와 시나리오(다른 부문 배점, 다른 전문가 집계 방식, 전문가 1인 제외)에서의 결과, 결과를 바꾸는 부문별 배점의 최소 변경량, 전문가 1인 제외 표를 출력합니다. 분석 전용: 데이터베이스는 변경되지 않습니다. 창의 탭과 마찬가지로 위원장 전용이며 --as로 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>--passphrase-file: %1 cannot be read</source>
        <translation>--passphrase-file: %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>--passphrase-file: %1 must be your own file, readable by you only (chmod 600)</source>
        <translation>--passphrase-file: %1은(는) 본인 소유이고 본인만 읽을 수 있는 파일이어야 합니다 (chmod 600)</translation>
    </message>
    <message>
        <source>--passphrase-file: %1 holds no passphrase (one UTF-8 line)</source>
        <translation>--passphrase-file: %1에 암호가 없습니다 (UTF-8 한 줄)</translation>
    </message>
    <message>
        <source>Sign in as this member; their passphrase is read as one line from standard input (or from --passphrase-file).</source>
        <translation>이 위원으로 로그인합니다. 암호는 표준 입력(또는 --passphrase-file)에서 한 줄로 읽습니다.</translation>
    </message>
    <message>
        <source>Read the passphrase of --as from the first line of FILE (your own file, readable by you only).</source>
        <translation>--as의 암호를 FILE의 첫 줄에서 읽습니다 (본인 소유이고 본인만 읽을 수 있는 파일).</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>the chair or the secretariat</source>
        <translation>위원장 또는 간사</translation>
    </message>
    <message>
        <source>the chair or an expert</source>
        <translation>위원장 또는 전문가</translation>
    </message>
    <message>
        <source>the member themselves</source>
        <translation>위원 본인</translation>
    </message>
    <message>
        <source>the member themselves, the chair or the secretariat</source>
        <translation>위원 본인, 위원장 또는 간사</translation>
    </message>
    <message>
        <source>%1 needs %2: sign in with --as MEMBER (the passphrase on standard input)</source>
        <translation>%1은(는) %2만 실행할 수 있습니다: --as MEMBER로 로그인하십시오 (암호는 표준 입력으로)</translation>
    </message>
    <message>
        <source>%1 needs %2; %3 is signed in as %4</source>
        <translation>%1은(는) %2만 실행할 수 있습니다. %3은(는) %4(으)로 로그인했습니다</translation>
    </message>
    <message>
        <source>--passphrase-file needs --as MEMBER</source>
        <translation>--passphrase-file은 --as MEMBER와 함께 사용해야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>--as %1: too many failed sign-ins; wait %n second(s) and try again</source>
        <translation>
            <numerusform>--as %1: 로그인 실패가 너무 많습니다. %n초 후에 다시 시도하십시오</numerusform>
        </translation>
    </message>
    <message>
        <source>The team of the sheet.</source>
        <translation>평가표의 팀.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2: no sheet for this team</source>
        <translation>%1은(는) %2 팀과 이해충돌을 신고했습니다: 이 팀의 평가표는 없습니다</translation>
    </message>
    <message>
        <source>Prints your own score sheet for a team: every item with its points, step, your score and comment, and the sheet&apos;s state.</source>
        <translation>한 팀에 대한 내 평가표를 출력합니다: 모든 항목의 배점, 점수 단위, 내 점수와 의견, 평가표 상태.</translation>
    </message>
    <message>
        <source>--team: unknown team &quot;%1&quot;</source>
        <translation>--team: 등록되지 않은 팀 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>sheet of %1 for %2: %3</source>
        <translation>%1의 %2 팀 평가표: %3</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>시작 안 함</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>points</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>step</source>
        <translation>점수 단위</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>opinion: %1</source>
        <translation>종합 의견: %1</translation>
    </message>
    <message>
        <source>The rubric item.</source>
        <translation>평가 항목.</translation>
    </message>
    <message>
        <source>The score (within the item&apos;s points, on its step).</source>
        <translation>점수 (항목 배점 이내, 점수 단위의 배수).</translation>
    </message>
    <message>
        <source>The item&apos;s comment (default: the stored one is kept).</source>
        <translation>항목 의견 (기본값: 저장된 의견 유지).</translation>
    </message>
    <message>
        <source>Writes one score of your draft sheet for a team, as the window&apos;s sheet editor does: refused for a submitted sheet, a locked round, a conflict, or a score out of range or off the item&apos;s step.</source>
        <translation>창의 평가표 편집기와 마찬가지로, 한 팀에 대한 임시 저장 평가표의 점수 하나를 씁니다: 제출된 평가표, 잠긴 차수, 이해충돌, 범위를 벗어나거나 항목의 점수 단위에 맞지 않는 점수는 거부됩니다.</translation>
    </message>
    <message>
        <source>--score: &quot;%1&quot; is not a number</source>
        <translation>--score: &quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1 for %2, %3: %4</source>
        <translation>%1의 %2 팀 %3 항목 점수: %4</translation>
    </message>
    <message>
        <source>Submits your complete sheet for a team: it is locked and counts; only the chair can reopen it.</source>
        <translation>한 팀에 대해 완성한 내 평가표를 제출합니다: 제출하면 잠기고 점수에 반영되며, 위원장만 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <source>submitted the sheet of %1 for %2</source>
        <translation>%1의 %2 팀 평가표를 제출했습니다</translation>
    </message>
    <message>
        <source>print your sheet for a team</source>
        <translation>한 팀에 대한 내 평가표 출력</translation>
    </message>
    <message>
        <source>write one score (and comment) of your draft sheet</source>
        <translation>임시 저장 평가표에 점수(와 의견) 하나 쓰기</translation>
    </message>
    <message>
        <source>submit your complete sheet</source>
        <translation>완성한 평가표 제출</translation>
    </message>
    <message>
        <source>Usage: paneldesk-cli sheet SUBCOMMAND --db PATH --as MEMBER --team T [options]</source>
        <translation>사용법: paneldesk-cli sheet 하위명령 --db PATH --as MEMBER --team T [옵션]</translation>
    </message>
    <message>
        <source>The member whose sheets to export (default: the member of --as).</source>
        <translation>평가표를 내보낼 위원 (기본값: --as의 위원).</translation>
    </message>
    <message>
        <source>audit entries: %1 (%2 signed, %3 unsigned before schema 7, %4 unsigned set-up before the first key)</source>
        <translation>감사 기록: %1건 (서명됨 %2건, 스키마 7 이전의 서명 없는 기록 %3건, 첫 키 등록 전 설정 단계의 서명 없는 기록 %4건)</translation>
    </message>
    <message>
        <source>chain head: entry %1, %2</source>
        <translation>체인 헤드: 기록 %1번, %2</translation>
    </message>
    <message>
        <source>member keys established by the chain: %1</source>
        <translation>체인에 등록된 위원 키: %1개</translation>
    </message>
    <message>
        <source>unsigned: %1</source>
        <translation>서명 없음: %1</translation>
    </message>
    <message>
        <source>verified: the chain and every signed record are intact</source>
        <translation>검증 완료: 체인과 서명된 모든 기록이 온전합니다</translation>
    </message>
    <message>
        <source>first bad audit entry: %1 (%2)</source>
        <translation>문제가 있는 첫 감사 기록: %1번 (%2)</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Checks the audit chain (every entry&apos;s hash, its link to the one before and its signature, with the member keys the chain itself establishes) and that every submitted sheet equals what its reviewer signed. Exit code 0 when everything verifies, 3 when anything fails: the first bad audit entry (sequence number) and every record whose signature fails are named.</source>
        <translation>감사 기록 체인(각 기록의 해시, 이전 기록과의 연결, 체인 자체에 등록된 위원 키로 확인하는 서명)과 제출된 모든 평가표가 평가위원이 서명한 내용과 같은지 검사합니다. 모두 검증되면 종료 코드 0, 하나라도 실패하면 3을 반환하며, 문제가 있는 첫 감사 기록(순번)과 서명 검증에 실패한 모든 기록을 표시합니다.</translation>
    </message>
    <message>
        <source>A chain head&apos;s hash (from a decision report or an earlier verify): the chain must contain it, so a cut-off tail is caught.</source>
        <translation>체인 헤드의 해시 (결정 보고서 또는 이전 verify 결과에서 확인): 체인에 이 해시가 있어야 하므로 끝부분이 잘려 나가면 발견됩니다.</translation>
    </message>
    <message>
        <source>--head: &quot;%1&quot; is not a SHA-256 hash (64 hexadecimal digits)</source>
        <translation>--head: &quot;%1&quot;은(는) SHA-256 해시가 아닙니다 (16진수 64자리)</translation>
    </message>
    <message>
        <source>create an empty panel with its chair</source>
        <translation>위원장을 지정하여 빈 평가 만들기</translation>
    </message>
    <message>
        <source>show, fill in or submit your score sheet</source>
        <translation>내 평가표 표시, 작성 또는 제출</translation>
    </message>
    <message>
        <source>check the audit chain and the signed records (exit 3 on failure)</source>
        <translation>감사 기록 체인과 서명된 기록 검사 (실패 시 종료 코드 3)</translation>
    </message>
    <message>
        <source>chain head: entry %1 (no hash: a file before schema 7)</source>
        <translation>체인 헤드: 항목 %1 (해시 없음: 스키마 7 이전 파일)</translation>
    </message>
    <message>
        <source>Backs the panel up with SQLite&apos;s backup API, safely while it is in use: into the folder &apos;backups&apos; beside it (the newest 20 are kept, plus the newest one before each lifecycle step), or to --out FILE. Prints the audit chain head the backup holds, which is also stored beside it in FILE.json. The chair or the secretariat, signed in with --as.</source>
        <translation>SQLite 백업 API로 패널을 백업합니다. 사용 중에도 안전합니다. 패널 옆 &apos;backups&apos; 폴더(최근 20개와 각 진행 단계 직전의 최신 백업 하나씩을 보관) 또는 --out FILE에 씁니다. 백업에 담긴 감사 체인 헤드를 출력하며, 이 값은 백업 옆 FILE.json에도 저장됩니다. 위원장 또는 간사가 --as로 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Write the backup to FILE (which must not exist) instead of the backups folder.</source>
        <translation>백업 폴더 대신 FILE(아직 없는 파일)에 백업을 씁니다.</translation>
    </message>
    <message>
        <source>backup written: %1</source>
        <translation>백업을 썼습니다: %1</translation>
    </message>
    <message>
        <source>Restores a backup to --db (an existing panel, which is backed up first, or a new path). The backup is verified first (integrity check, the audit chain and the signed records, and the chain head stored beside it); one that fails is refused, naming what failed, and nothing is changed. The panel is replaced in one step: it is the old one or the restored one, never half of each. The chair or the secretariat of the panel at --db (of the backup when --db is new or damaged), signed in with --as.</source>
        <translation>백업을 --db(기존 패널이면 먼저 백업하며, 새 경로도 가능)로 복원합니다. 백업을 먼저 검증하며(무결성 검사, 감사 체인과 서명된 기록, 백업 옆에 저장된 체인 헤드), 검증에 실패한 백업은 무엇이 실패했는지 밝히고 거부하며 아무것도 바꾸지 않습니다. 패널은 한 번에 교체됩니다. 이전 패널 아니면 복원된 패널이며, 절반씩 섞이는 일은 없습니다. --db 패널의 위원장 또는 간사(--db가 새 경로이거나 손상된 경우 백업의 위원장 또는 간사)가 --as로 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>복원할 백업입니다.</translation>
    </message>
    <message>
        <source>the panel it replaced is kept in %1</source>
        <translation>교체된 패널은 %1에 보관했습니다</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%2에서 %1을(를) 복원했습니다</translation>
    </message>
    <message>
        <source>back the panel up, safely while in use (chair, secretariat)</source>
        <translation>패널 백업, 사용 중에도 안전 (위원장, 간사)</translation>
    </message>
    <message>
        <source>restore a verified backup (chair, secretariat)</source>
        <translation>검증된 백업 복원 (위원장, 간사)</translation>
    </message>
    <message>
        <source>Writes one member&apos;s score sheets for the current round to a sheets file (paneldesk-sheets, version 2; docs/sheets-file.md) to be filled elsewhere and imported by the chair with import-sheets. Only the member themselves, signed in with --as, exports their sheets (they hold their drafts); every sheet is signed with their key, and the file carries their key sealed under their passphrase; it is readable by its owner only.</source>
        <translation>현재 차수에 대한 한 위원의 평가표를 평가표 파일(paneldesk-sheets, 버전 2; docs/sheets-file.md)로 씁니다. 이 파일을 다른 곳에서 작성하면 위원장이 import-sheets로 가져옵니다. 평가표에는 임시 저장 내용이 들어 있으므로 위원 본인만 --as로 로그인하여 내보낼 수 있습니다. 모든 평가표는 위원의 키로 서명되고, 파일에는 위원의 암호로 봉인된 키가 함께 들어 있으며, 파일은 소유자만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 has no signing key to sign the sheets with</source>
        <translation>%1에게 평가표에 서명할 키가 없습니다</translation>
    </message>
    <message>
        <source>Imports a member&apos;s sheets file into the current round with the checks of typed entry (items, range, step, conflicts of interest; a submitted sheet stays locked; the chair, signed in with --as). Only a signed file (version 2) whose every sheet verifies with its member&apos;s key in the panel&apos;s audit chain imports. All or nothing: every problem is listed with its JSON path.</source>
        <translation>위원의 평가표 파일을 직접 입력할 때와 같은 검사(항목, 범위, 점수 단위, 이해충돌; 제출된 평가표는 잠긴 상태 유지)를 거쳐 현재 차수로 가져옵니다 (위원장이 --as로 로그인). 서명된 파일(버전 2)로서 모든 평가표가 평가단 감사 체인에 있는 해당 위원의 키로 검증되는 경우에만 가져옵니다. 전부 아니면 전무: 모든 문제를 JSON 경로와 함께 나열합니다.</translation>
    </message>
    <message>
        <source>records checked against their signatures: %1 submitted sheets, %2 decision versions, %3 verdicts, %4 imports</source>
        <translation>서명과 대조한 기록: 제출된 평가표 %1건, 결정 버전 %2건, 판정 %3건, 가져오기 %4건</translation>
    </message>
    <message>
        <source>another PanelDesk is writing to the panel</source>
        <translation>다른 PanelDesk가 패널에 기록하는 중입니다</translation>
    </message>
    <message>
        <source>Waiting for another PanelDesk (%1)… up to %2 s; press Ctrl+C to stop waiting.</source>
        <translation>다른 PanelDesk를 기다리는 중입니다 (%1)… 최대 %2초. 기다리기를 멈추려면 Ctrl+C를 누르십시오.</translation>
    </message>
    <message>
        <source>--version: the inputs of version %1 cannot be read back</source>
        <translation>--version: 버전 %1의 입력을 다시 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Puts a panel on a PostgreSQL server: creates the database named in --db, its roles (one login per member, with a random initial password), the schema with row-level security, and the panel&apos;s rows; prints what each member needs to connect. Nothing is created when the database or a role already exists.</source>
        <translation>패널을 PostgreSQL 서버에 올립니다: --db에 지정한 데이터베이스, 역할(위원마다 무작위 초기 암호가 있는 로그인 하나), 행 수준 보안(RLS)을 갖춘 스키마, 패널의 데이터를 만들고, 각 위원이 접속하는 데 필요한 정보를 출력합니다. 데이터베이스나 역할이 이미 있으면 아무것도 만들지 않습니다.</translation>
    </message>
    <message>
        <source>The cluster administrator&apos;s connection (postgresql://... or key=value), to any database of the cluster.</source>
        <translation>클러스터 관리자의 연결 (postgresql://... 또는 key=value). 클러스터의 어느 데이터베이스로 연결해도 됩니다.</translation>
    </message>
    <message>
        <source>The address members use, naming the new panel database (postgresql://host:port/DBNAME?sslmode=verify-full or key=value).</source>
        <translation>위원들이 사용할 주소로, 새 패널 데이터베이스의 이름을 포함합니다 (postgresql://host:port/DBNAME?sslmode=verify-full 또는 key=value).</translation>
    </message>
    <message>
        <source>The panel: a .paneldesk file or a panel JSON file.</source>
        <translation>패널: .paneldesk 파일 또는 패널 JSON 파일.</translation>
    </message>
    <message>
        <source>--db names no database (dbname=... or postgresql://host/DBNAME)</source>
        <translation>--db에 데이터베이스 이름이 없습니다 (dbname=... 또는 postgresql://host/DBNAME)</translation>
    </message>
    <message numerus="yes">
        <source>deployed the panel as database %1 with %n member login(s)</source>
        <translation>
            <numerusform>패널을 데이터베이스 %1(으)로 배포했습니다. 위원 로그인 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>initial password</source>
        <translation>초기 암호</translation>
    </message>
    <message>
        <source>Each member connects with:</source>
        <translation>각 위원의 접속 정보:</translation>
    </message>
    <message>
        <source>Give each member their password in person or through a private channel; it is shown only now (the server keeps only its SCRAM verifier).</source>
        <translation>각 위원에게 암호를 직접 또는 비공개 경로로 전달하십시오. 암호는 지금만 표시됩니다 (서버에는 SCRAM 검증자만 저장됩니다).</translation>
    </message>
    <message>
        <source>put a panel on a PostgreSQL server</source>
        <translation>패널을 PostgreSQL 서버에 올리기</translation>
    </message>
    <message>
        <source>Usage: paneldesk-cli server SUBCOMMAND [options]</source>
        <translation>사용법: paneldesk-cli server 하위명령 [옵션]</translation>
    </message>
    <message>
        <source>Run &apos;paneldesk-cli server SUBCOMMAND --help&apos; for its options.</source>
        <translation>옵션은 &apos;paneldesk-cli server 하위명령 --help&apos;로 확인하십시오.</translation>
    </message>
    <message>
        <source>put a panel on a PostgreSQL server (deploy)</source>
        <translation>패널을 PostgreSQL 서버에 올리기 (deploy)</translation>
    </message>
    <message>
        <source>The panel: a .paneldesk file, or a panel on a PostgreSQL server (postgresql://host/database or host=… dbname=…).</source>
        <translation>패널: .paneldesk 파일 또는 PostgreSQL 서버의 패널(postgresql://host/database 또는 host=… dbname=…).</translation>
    </message>
    <message>
        <source>%1 is a panel on a server: sign in with --as MEMBER (your server password on standard input, or --passphrase-file)</source>
        <translation>%1은(는) 서버에 있는 패널입니다. --as MEMBER로 로그인하십시오(서버 비밀번호는 표준 입력 또는 --passphrase-file로).</translation>
    </message>
    <message numerus="yes">
        <source>paneldesk-cli member add: adds a member to the panel (the chair or the secretariat, signed in with --as; only the chair adds a chair). Standard input gives the passphrase of --as first (unless --passphrase-file), then the new member&apos;s passphrase (at least %n characters); only its Argon2id hash is stored. On a server, the new member gets a login role with a random initial password instead, printed once with how to connect.</source>
        <translation>
            <numerusform>paneldesk-cli member add: 평가에 위원을 추가합니다 (위원장 또는 간사가 --as로 로그인, 위원장 추가는 위원장만 가능). 표준 입력으로 먼저 --as의 암호(--passphrase-file을 쓰지 않는 경우)를, 이어서 새 위원의 암호(%n자 이상)를 입력합니다. 암호는 Argon2id 해시로만 저장됩니다. 서버에서는 그 대신 새 위원에게 임의의 초기 비밀번호를 가진 로그인 역할을 만들고, 접속 방법과 함께 한 번만 출력합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1 (%2) to %3 with the login %4</source>
        <translation>%3에 %1(%2)을(를) 추가했습니다. 로그인 역할: %4</translation>
    </message>
    <message>
        <source>initial password: %1</source>
        <translation>초기 비밀번호: %1</translation>
    </message>
    <message>
        <source>%1 connects with: %2</source>
        <translation>%1의 접속 정보: %2</translation>
    </message>
    <message>
        <source>Give the member their password in person or through a private channel; it is shown only now (the server keeps only its SCRAM verifier). They change it with paneldesk-cli member passphrase.</source>
        <translation>비밀번호는 위원에게 직접 또는 비공개 경로로 전달하세요. 지금 한 번만 표시됩니다(서버에는 SCRAM 검증값만 저장됩니다). 위원은 paneldesk-cli member passphrase로 비밀번호를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is a panel on a server: the server shows %2 only their own audit entries, so only the chair verifies its chain (docs/server.md)</source>
        <translation>%1은(는) 서버에 있는 패널입니다. 서버는 %2에게 본인의 감사 기록만 보여 주므로 감사 체인은 위원장만 검증할 수 있습니다(docs/server.md).</translation>
    </message>
    <message>
        <source>checking the fingerprints needs the inputs of version %1 and every submitted score, which only the chair may read on this server (docs/server.md)</source>
        <translation>지문을 확인하려면 버전 %1의 입력 자료와 제출된 모든 점수가 필요한데, 이 서버에서는 위원장만 읽을 수 있습니다(docs/server.md)</translation>
    </message>
    <message>
        <source>replaced the panel on %1 with %2</source>
        <translation>%1의 패널을 %2(으)로 교체했습니다</translation>
    </message>
    <message>
        <source>Lists a checkpoint&apos;s tensors by name prefix: tensors, parameters, bytes and element types (a .safetensors file, a folder with model.safetensors.index.json, or a GGUF file). With --hash, also each tensor&apos;s SHA-256 over its stored bytes, computed on every core. A broken or hostile file is refused with exit code 2, naming the file and the byte or key (docs/provenance.md).</source>
        <translation>체크포인트(.safetensors 파일, model.safetensors.index.json이 있는 폴더 또는 GGUF 파일)의 텐서를 이름 접두어별로 나열합니다: 텐서, 파라미터, 바이트, 원소 유형. --hash를 주면 저장된 바이트에 대한 텐서별 SHA-256도 모든 코어에서 계산해 출력합니다. 손상되었거나 악의적인 파일은 파일과 바이트 위치 또는 키를 밝히고 종료 코드 2로 거부합니다 (docs/provenance.md).</translation>
    </message>
    <message>
        <source>The checkpoint.</source>
        <translation>체크포인트.</translation>
    </message>
    <message>
        <source>Print each tensor&apos;s SHA-256.</source>
        <translation>텐서별 SHA-256을 출력합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n file(s), %3 bytes</source>
        <translation>
            <numerusform>%1: %2, 파일 %n개, %3바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>접두어</translation>
    </message>
    <message>
        <source>tensors</source>
        <translation>텐서</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>types</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>list a checkpoint&apos;s tensors (and their SHA-256 with --hash)</source>
        <translation>체크포인트의 텐서 나열 (--hash를 주면 SHA-256도)</translation>
    </message>
    <message>
        <source>Compares a team&apos;s component (CANDIDATE) with its suspected origin (REFERENCE), with unrelated models of the same family as controls: exact reuse of tensors matched by content, cast-aware (P2); per-tensor similarity (P3); permutation-robust tests on the MLP weights, phi_U and phi_GU (P4); and a suggestion (reused, initialized or inconclusive) with its reason, never a verdict (docs/provenance.md). --json prints the paneldesk-provenance report; --out writes it to a file.</source>
        <translation>팀의 구성 요소(CANDIDATE)를 출처로 의심되는 모델(REFERENCE)과 비교하며, 같은 계열의 무관한 모델을 대조군으로 씁니다: 내용으로 대응시킨 텐서의 정확한 재사용(형 변환 포함, P2), 텐서별 유사도(P3), MLP 가중치에 대한 순열에 강건한 검정 phi_U와 phi_GU(P4), 그리고 근거를 붙인 제안(reused, initialized 또는 inconclusive)을 냅니다. 판정이 아닙니다(docs/provenance.md). --json은 paneldesk-provenance 보고서를 출력하고, --out은 파일로 씁니다.</translation>
    </message>
    <message>
        <source>The team&apos;s checkpoint.</source>
        <translation>팀의 체크포인트.</translation>
    </message>
    <message>
        <source>The suspected origin.</source>
        <translation>출처로 의심되는 모델.</translation>
    </message>
    <message>
        <source>An unrelated checkpoint of the same family (repeatable).</source>
        <translation>같은 계열의 무관한 체크포인트(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Only the candidate&apos;s tensors under this name prefix (stripped before names are compared).</source>
        <translation>이 이름 접두사 아래의 후보 텐서만 사용합니다(이름을 비교하기 전에 접두사를 뗍니다).</translation>
    </message>
    <message>
        <source>Only the reference&apos;s tensors under this prefix.</source>
        <translation>이 접두사 아래의 기준 모델 텐서만 사용합니다.</translation>
    </message>
    <message>
        <source>The controls&apos; prefix (default: the reference&apos;s).</source>
        <translation>대조군의 접두사(기본값: 기준 모델의 접두사).</translation>
    </message>
    <message>
        <source>Hidden units matched per block in P4 (default %1; 0: all).</source>
        <translation>P4에서 블록마다 대응시킬 은닉 유닛 수(기본값 %1, 0: 전부).</translation>
    </message>
    <message>
        <source>Print the JSON report instead of the summary.</source>
        <translation>요약 대신 JSON 보고서를 출력합니다.</translation>
    </message>
    <message>
        <source>Write the JSON report to FILE.</source>
        <translation>JSON 보고서를 FILE에 씁니다.</translation>
    </message>
    <message>
        <source>--rows: expected a whole number from 0, got &quot;%1&quot;</source>
        <translation>--rows: 0 이상의 정수가 필요하지만 &quot;%1&quot;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>candidate: %1 (prefix &quot;%2&quot;)</source>
        <translation>후보: %1 (접두사 &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>reference: %1 (prefix &quot;%2&quot;)</source>
        <translation>기준: %1 (접두사 &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>control %1: %2</source>
        <translation>대조군 %1: %2</translation>
    </message>
    <message>
        <source>P2 exact reuse: %1</source>
        <translation>P2 정확한 재사용: %1</translation>
    </message>
    <message>
        <source>; %1 constant tensors left out</source>
        <translation>; 상수 텐서 %1개 제외</translation>
    </message>
    <message>
        <source>P4 against the reference</source>
        <translation>기준 모델 대비 P4</translation>
    </message>
    <message>
        <source>-log10 p, phi_U</source>
        <translation>-log10 p, phi_U</translation>
    </message>
    <message>
        <source>-log10 p, phi_GU</source>
        <translation>-log10 p, phi_GU</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>대조군 %1</translation>
    </message>
    <message>
        <source>P4 not applicable: %1</source>
        <translation>P4 해당 없음: %1</translation>
    </message>
    <message>
        <source>P3: %1 tensors compared (the per-tensor figures are in the JSON report)</source>
        <translation>P3: 텐서 %1개 비교 (텐서별 수치는 JSON 보고서에 있습니다)</translation>
    </message>
    <message>
        <source>suggestion: %1</source>
        <translation>제안: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>The suggestion is evidence for the expert, not a verdict. What the weights cannot show:</source>
        <translation>이 제안은 전문가를 위한 근거이며 판정이 아닙니다. 가중치로 보여줄 수 없는 것:</translation>
    </message>
    <message>
        <source>compare a candidate with a reference and controls (P2-P5)</source>
        <translation>후보를 기준 모델 및 대조군과 비교 (P2-P5)</translation>
    </message>
    <message>
        <source>Usage: paneldesk-cli provenance SUBCOMMAND CHECKPOINT... [options]</source>
        <translation>사용법: paneldesk-cli provenance SUBCOMMAND CHECKPOINT... [options]</translation>
    </message>
    <message>
        <source>evidence from a checkpoint&apos;s weights (inspect, compare)</source>
        <translation>체크포인트 가중치에서 얻는 근거 (inspect, compare)</translation>
    </message>
    <message>
        <source>Creates the next round in a new database from a final round (chair only): the advancing teams carry over, the categories, cut and appeal settings are copied for editing, re-called teams are added and eliminated teams may re-enter. --eliminate or --advance sets the new round&apos;s cut. The chair keeps their passphrase; other members set theirs again.</source>
        <translation>확정된 차수에서 새 데이터베이스로 다음 차수를 만듭니다 (위원장만): 진출 팀이 넘어가고 평가 영역, 선정 기준, 이의신청 설정은 편집용으로 복사되며 재호출 팀이 추가되고 탈락 팀은 다시 참가할 수 있습니다. --eliminate 또는 --advance로 새 차수의 선정 기준을 정합니다. 위원장은 암호를 유지하고 다른 위원은 다시 정합니다.</translation>
    </message>
    <message>
        <source>The new round&apos;s cut: eliminate the last N teams (instead of the cut copied from the final round).</source>
        <translation>새 차수의 선정 기준: 하위 N개 팀 탈락 (확정 차수에서 복사한 기준 대신).</translation>
    </message>
    <message>
        <source>The new round&apos;s cut: advance the first N teams (instead of the cut copied from the final round).</source>
        <translation>새 차수의 선정 기준: 상위 N개 팀 진출 (확정 차수에서 복사한 기준 대신).</translation>
    </message>
    <message>
        <source>--eliminate and --advance: give one of them, not both</source>
        <translation>--eliminate와 --advance: 둘 중 하나만 주십시오</translation>
    </message>
    <message>
        <source>--%1: expected a whole number of teams (0 or more), got &quot;%2&quot;</source>
        <translation>--%1: 팀 수는 0 이상의 정수여야 하는데 &quot;%2&quot;입니다</translation>
    </message>
    <message>
        <source>Changes the configuration of the panel&apos;s round in place to that of a panel file (format paneldesk-panel): the program, the round&apos;s settings (id, name, date, appeal days, decimals, cut, tie break), the categories with their groups, benchmarks, rubric and user items, and the teams. Every input is kept as stored (members and conflicts, sheets, scores, drafts, benchmark results, user ratings, findings, tie resolutions, decisions); the file&apos;s inputs are ignored. Before the first score the chair or the secretariat may change it; after it the chair alone, with --reason; once the round is locked, nobody. A change that would leave a stored input without its team or item is refused and names it. Signed in with --as.</source>
        <translation>패널 차수의 설정을 패널 파일(paneldesk-panel 형식)의 설정으로 그 자리에서 바꿉니다: 사업, 차수 설정(ID, 이름, 날짜, 이의신청 기간, 소수 자릿수, 선정 기준, 동점 처리), 그룹·벤치마크·평가 항목·사용자 항목을 포함한 평가 영역, 팀. 모든 입력(위원과 이해충돌, 평가표, 점수, 임시 평가표, 벤치마크 결과, 사용자 평점, 판정, 동점 처리, 결정)은 저장된 그대로 유지되며 파일의 입력은 무시됩니다. 첫 점수 전에는 위원장이나 사무국이, 그 뒤에는 위원장만 --reason과 함께 바꿀 수 있고, 차수가 잠기면 아무도 바꿀 수 없습니다. 저장된 입력의 팀이나 항목을 없애는 변경은 그 입력을 밝히며 거부됩니다. --as로 로그인합니다.</translation>
    </message>
    <message>
        <source>Why the configuration changes (kept in the audit log; required once scores are entered).</source>
        <translation>설정을 바꾸는 사유 (감사 로그에 남으며 점수 입력 후에는 필수).</translation>
    </message>
    <message>
        <source>The panel file whose configuration is applied.</source>
        <translation>설정을 적용할 패널 파일.</translation>
    </message>
    <message>
        <source>changed the configuration of round %1 to that of %2</source>
        <translation>차수 %1의 설정을 %2의 설정으로 바꿨습니다</translation>
    </message>
    <message>
        <source>change the round&apos;s configuration, keeping its inputs</source>
        <translation>입력을 유지한 채 차수 설정 변경</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Give one panel to open, as PANEL or with --db.</source>
        <translation>열 평가는 하나만, PANEL 또는 --db로 지정하십시오.</translation>
    </message>
    <message>
        <source>PanelDesk: expert panel scoring desk</source>
        <translation>PanelDesk: 전문가 평가 위원회 채점 도구</translation>
    </message>
    <message>
        <source>Open the demo panel.</source>
        <translation>데모 평가를 엽니다.</translation>
    </message>
    <message>
        <source>Open this panel: a file, or a server (postgresql://…), asked for the password.</source>
        <translation>이 평가를 엽니다. 파일 또는 서버(postgresql://…)이며, 서버는 비밀번호를 묻습니다.</translation>
    </message>
    <message>
        <source>The member who connects to a panel on a server.</source>
        <translation>서버의 평가에 연결할 위원.</translation>
    </message>
    <message>
        <source>The panel file to open (the same as --db).</source>
        <translation>열 평가 파일(--db와 같음).</translation>
    </message>
</context>
<context>
    <name>pd::AgreementPage</name>
    <message>
        <source>Expert</source>
        <translation>전문가</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Leniency (points)</source>
        <translation>관대도 (점)</translation>
    </message>
    <message>
        <source>Rank correlation</source>
        <translation>순위 상관</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Experts&apos; agreement</source>
        <translation>전문가 일치도</translation>
    </message>
    <message>
        <source>Panel agreement — %1 (%2)</source>
        <translation>평가단 일치도 — %1 (%2)</translation>
    </message>
    <message>
        <source>Kendall&apos;s W = %1    %2    (chi-square %3, df %4)</source>
        <translation>Kendall&apos;s W = %1    %2    (카이제곱 %3, df %4)</translation>
    </message>
    <message>
        <source>Kendall&apos;s W: not computable</source>
        <translation>Kendall&apos;s W: 산출 불가</translation>
    </message>
    <message>
        <source>ICC(2,1) = %1    %2</source>
        <translation>ICC(2,1) = %1    %2</translation>
    </message>
    <message>
        <source>ICC(2,1): not computable</source>
        <translation>ICC(2,1): 산출 불가</translation>
    </message>
    <message numerus="yes">
        <source>From %n submitted sheet(s); W and ICC use the experts who scored every team of the table: %1 expert(s) × %2 team(s).</source>
        <translation>
            <numerusform>제출된 평가표 %n건 기준. W 및 ICC는 표의 모든 팀을 평가한 전문가만 사용합니다: 전문가 %1명 × 팀 %2개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>제외: %1.</translation>
    </message>
    <message>
        <source>Leniency: how many points above (+) or below (−) the panel&apos;s mean an expert scores the same teams, on average. Flagged when it is more than 2 standard deviations from the other experts and at least %1 points, or when the expert&apos;s ranking of the teams runs against the rest (rank correlation 0 or below).</source>
        <translation>관대도: 전문가가 같은 팀들에 대해 평가단 평균보다 평균적으로 몇 점 높게(+) 또는 낮게(−) 평가하는지를 나타냅니다. 다른 전문가들과의 차이가 표준편차의 2배를 초과하고 %1점 이상인 경우, 또는 해당 전문가의 팀 순위가 나머지 전문가와 상반되는 경우(순위 상관 0 이하) 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>pd::AppealDialog</name>
    <message>
        <source>Record an appeal</source>
        <translation>이의 신청 기록</translation>
    </message>
    <message>
        <source>An appeal filed after the window is recorded as late and refused by rule. The committee leaves out every member who scored the team.</source>
        <translation>기간이 지난 뒤 접수된 이의 신청은 기한 경과로 기록되며 규정에 따라 각하됩니다. 심사위원회에서는 해당 팀을 채점한 위원을 모두 제외합니다.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>팀(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Filed on:</source>
        <translation>접수일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>신청 사유(&amp;G):</translation>
    </message>
</context>
<context>
    <name>pd::AttachedReportsPanel</name>
    <message>
        <source>Save provenance report</source>
        <translation>출처 보고서 저장</translation>
    </message>
    <message>
        <source>JSON reports (*.json)</source>
        <translation>JSON 보고서 (*.json)</translation>
    </message>
    <message>
        <source>Attach provenance report</source>
        <translation>출처 보고서 첨부</translation>
    </message>
    <message>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 보고서 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(읽을 수 없음)</translation>
    </message>
    <message>
        <source>Select the component the report is evidence for first.</source>
        <translation>먼저 보고서가 근거가 되는 구성 요소를 선택하세요.</translation>
    </message>
    <message>
        <source>Report %1 attached as evidence. The verdict is still yours to record.</source>
        <translation>보고서 %1을(를) 근거로 첨부했습니다. 판정은 여전히 직접 기록해야 합니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>보고서를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Attached provenance report&amp;s</source>
        <translation>첨부된 출처 보고서(&amp;S)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성요소</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>첨부한 사람</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Attach re&amp;port…</source>
        <translation>보고서 첨부(&amp;P)…</translation>
    </message>
    <message>
        <source>Attach a provenance report (JSON) as evidence to the selected component</source>
        <translation>선택한 구성 요소에 출처 보고서(JSON)를 근거로 첨부합니다</translation>
    </message>
    <message>
        <source>Save report &amp;JSON…</source>
        <translation>보고서 JSON 저장(&amp;J)…</translation>
    </message>
    <message>
        <source>Save the selected report&apos;s JSON to a file, byte for byte</source>
        <translation>선택한 보고서의 JSON을 바이트 그대로 파일에 저장합니다</translation>
    </message>
    <message>
        <source>Select the component the weights are compared for first.</source>
        <translation>먼저 가중치를 비교할 구성 요소를 선택하세요.</translation>
    </message>
    <message>
        <source>Compare &amp;weights…</source>
        <translation>가중치 비교(&amp;W)…</translation>
    </message>
    <message>
        <source>Compare the selected component&apos;s weights with a suspected origin and controls</source>
        <translation>선택한 구성 요소의 가중치를 출처로 의심되는 모델 및 대조 모델과 비교합니다</translation>
    </message>
</context>
<context>
    <name>pd::AuditPage</name>
    <message>
        <source>All members</source>
        <translation>모든 위원</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>모든 팀</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>위원(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>팀(&amp;T):</translation>
    </message>
</context>
<context>
    <name>pd::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>What</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Only the member who wrote a draft sees its values; the submitted sheet&apos;s entry shows what was submitted</source>
        <translation>임시 저장 값은 작성한 위원만 볼 수 있습니다. 제출된 평가표의 기록에는 제출된 내용이 표시됩니다</translation>
    </message>
    <message>
        <source>draft value hidden</source>
        <translation>임시 저장 값 숨김</translation>
    </message>
</context>
<context>
    <name>pd::BenchmarkPreviewDialog</name>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (목표값 %2)</translation>
    </message>
    <message>
        <source>&amp;Mapping…</source>
        <translation>매핑(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Import benchmark results — %1</source>
        <translation>벤치마크 결과 가져오기 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: lm-evaluation-harness results (one model)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: lm-evaluation-harness 결과 (모델 1개)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: benchmark results (CSV)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 벤치마크 결과 (CSV)</translation>
    </message>
    <message>
        <source>(choose the team)</source>
        <translation>(팀을 선택하십시오)</translation>
    </message>
    <message>
        <source>&amp;Team of the model:</source>
        <translation>모델의 팀(&amp;T):</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>벤치마크</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>현재 저장값</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>가져온 후</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(신규)</translation>
    </message>
    <message numerus="yes">
        <source>The file cannot be imported: %n problem(s). Nothing will be written.</source>
        <translation>
            <numerusform>파일을 가져올 수 없습니다: 문제 %n건. 아무것도 기록되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping will be kept by the panel.</source>
        <translation>매핑은 평가위원회가 보관합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) will be written, %1 unchanged.%2</source>
        <translation>
            <numerusform>결과 %n건을 쓰며, %1건은 변경 없습니다.%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n benchmark result(s) from %1.</source>
        <translation>
            <numerusform>%1에서 벤치마크 결과 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ChartsPage</name>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>Cut line (%1 – %2)</source>
        <translation>컷 기준선 (%1 – %2)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>차트를 SVG로 저장</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Category scores</source>
        <translation>부문별 점수</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>부문별 비교</translation>
    </message>
    <message>
        <source>Expert totals</source>
        <translation>전문가 총점</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>달성률</translation>
    </message>
    <message>
        <source>Benchmark groups</source>
        <translation>벤치마크 그룹</translation>
    </message>
    <message>
        <source>Category scores per team, in rank order, with the cut line</source>
        <translation>팀별 부문 점수 (순위순, 컷 기준선 포함)</translation>
    </message>
    <message>
        <source>Scores per category</source>
        <translation>부문별 점수</translation>
    </message>
    <message>
        <source>Expert totals per team (submitted sheets): box and each sheet</source>
        <translation>팀별 전문가 총점 (제출된 평가표): 상자 그림과 개별 평가표</translation>
    </message>
    <message>
        <source>Category achievement per team (% of the category&apos;s points)</source>
        <translation>팀별 부문 달성률 (부문 배점 대비 %)</translation>
    </message>
    <message>
        <source>Benchmark group scores per team</source>
        <translation>팀별 벤치마크 그룹 점수</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cop&amp;y chart</source>
        <translation>차트 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Save P&amp;NG…</source>
        <translation>PNG 저장(&amp;N)…</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>SVG 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>one expert&apos;s total</source>
        <translation>전문가 1인의 총점</translation>
    </message>
    <message>
        <source>lowest, quartiles, median, highest</source>
        <translation>최저, 사분위수, 중앙값, 최고</translation>
    </message>
</context>
<context>
    <name>pd::CompareWeightsDialog</name>
    <message>
        <source>Save provenance report</source>
        <translation>출처 보고서 저장</translation>
    </message>
    <message>
        <source>JSON reports (*.json)</source>
        <translation>JSON 보고서 (*.json)</translation>
    </message>
    <message>
        <source>Choose a checkpoint</source>
        <translation>체크포인트 선택</translation>
    </message>
    <message>
        <source>Checkpoints (*.safetensors *.gguf model.safetensors.index.json);;All files (*)</source>
        <translation>체크포인트 (*.safetensors *.gguf model.safetensors.index.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 of the candidate&apos;s %2 tensors under its prefix match one of the reference&apos;s by name and shape.</source>
        <translation>접두사 아래 후보 모델 텐서 %2개 중 %1개가 이름과 형태로 참조 모델의 텐서와 일치합니다.</translation>
    </message>
    <message>
        <source>Control 1: %1 match.</source>
        <translation>대조 모델 1: %1개 일치.</translation>
    </message>
    <message>
        <source>Store the JSON report in the panel as evidence for %1</source>
        <translation>JSON 보고서를 %1의 근거로 패널에 저장합니다</translation>
    </message>
    <message>
        <source>Your role does not attach evidence to findings</source>
        <translation>현재 역할로는 판단 근거를 첨부할 수 없습니다</translation>
    </message>
    <message>
        <source>Choose the candidate and the reference first.</source>
        <translation>먼저 후보 모델과 참조 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>comparison of %1 with %2</source>
        <translation>%1과(와) %2의 비교</translation>
    </message>
    <message>
        <source>Reading the checkpoints…</source>
        <translation>체크포인트를 읽는 중…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>Step 1 of 3: hashing the tensors for exact reuse (P2)… %1</source>
        <translation>1/3단계: 정확한 재사용 확인을 위한 텐서 해시 계산(P2)… %1</translation>
    </message>
    <message>
        <source>Step 2 of 3: similarity and MLP tests (P3, P4)… %1</source>
        <translation>2/3단계: 유사도 및 MLP 검정(P3, P4)… %1</translation>
    </message>
    <message>
        <source>Step 3 of 3: hashing the files for the report… %1</source>
        <translation>3/3단계: 보고서용 파일 해시 계산… %1</translation>
    </message>
    <message>
        <source>Compared. Report SHA-256 %1. The suggestion is evidence; the verdict stays the chair&apos;s.</source>
        <translation>비교했습니다. 보고서 SHA-256 %1. 제안은 근거일 뿐이며 판정은 위원장의 몫입니다.</translation>
    </message>
    <message>
        <source>The comparison was cancelled: nothing was attached.</source>
        <translation>비교를 취소했습니다. 아무것도 첨부하지 않았습니다.</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>비교에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Attached as evidence to %1 (report SHA-256 %2): its evidence column cites the report. The verdict stays the chair&apos;s.</source>
        <translation>%1에 근거로 첨부했습니다(보고서 SHA-256 %2). 근거 열에 보고서가 인용됩니다. 판정은 위원장의 몫입니다.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>보고서를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Compare weights: %1</source>
        <translation>가중치 비교: %1</translation>
    </message>
    <message>
        <source>Evidence for the independence finding of the component “%1”: is the team&apos;s component (the candidate) derived from a suspected origin (the reference)? Unrelated models of the same family (the controls) show what chance looks like. The result is a suggestion, never a verdict.</source>
        <translation>구성 요소 “%1”의 독자성 판단 근거: 팀의 구성 요소(후보 모델)가 출처로 의심되는 모델(참조 모델)에서 파생되었는가? 같은 계열의 무관한 모델(대조 모델)은 우연 수준이 어느 정도인지 보여줍니다. 결과는 제안일 뿐 판정이 아닙니다.</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>후보 모델(&amp;C):</translation>
    </message>
    <message>
        <source>the team&apos;s checkpoint: a .safetensors file, a sharded folder or a GGUF file</source>
        <translation>팀의 체크포인트: .safetensors 파일, 분할 폴더 또는 GGUF 파일</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>참조 모델(&amp;R):</translation>
    </message>
    <message>
        <source>the suspected origin</source>
        <translation>출처로 의심되는 모델</translation>
    </message>
    <message>
        <source>Con&amp;trols:</source>
        <translation>대조 모델(&amp;T):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>제거(&amp;V)</translation>
    </message>
    <message>
        <source>Candidate &amp;prefix:</source>
        <translation>후보 접두사(&amp;P):</translation>
    </message>
    <message>
        <source>Reference pr&amp;efix:</source>
        <translation>참조 접두사(&amp;E):</translation>
    </message>
    <message>
        <source>Control pre&amp;fix:</source>
        <translation>대조 접두사(&amp;F):</translation>
    </message>
    <message>
        <source>Hidden units matched (P&amp;4):</source>
        <translation>매칭할 은닉 유닛 수(P&amp;4):</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Hidden units of the candidate matched per block in P4 (default %1; all: every unit)</source>
        <translation>P4에서 블록마다 매칭할 후보 모델의 은닉 유닛 수 (기본값 %1, 전체: 모든 유닛)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>비교(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Attac&amp;h as evidence</source>
        <translation>근거로 첨부(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save report JSON…</source>
        <translation>보고서 JSON 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The result appears here in words, with two charts below: each figure of the candidate beside the controls&apos;.</source>
        <translation>결과가 여기에 문장으로 표시되고, 아래에 두 개의 차트가 나타납니다: 후보 모델의 각 수치를 대조 모델의 수치와 나란히 보여줍니다.</translation>
    </message>
</context>
<context>
    <name>pd::ComponentTableModel</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>메모 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>A model component needs a name; the old name &quot;%1&quot; is kept.</source>
        <translation>모델 구성요소에는 이름이 필요합니다. 기존 이름 &quot;%1&quot;을(를) 유지합니다.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성요소</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>출처 유형</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>External control</source>
        <translation>외부 통제</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>근거 파일</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>pd::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>서버에 연결</translation>
    </message>
    <message>
        <source>postgresql://server.example.org/panel</source>
        <translation>postgresql://server.example.org/panel</translation>
    </message>
    <message>
        <source>A PostgreSQL URL (postgresql://host:port/database?sslmode=verify-full) or a key/value string (host=… dbname=…), as your administrator gave it.</source>
        <translation>관리자가 알려 준 PostgreSQL URL(postgresql://host:port/database?sslmode=verify-full) 또는 키/값 문자열(host=… dbname=…).</translation>
    </message>
    <message>
        <source>your member id, e.g. e01</source>
        <translation>위원 ID (예: e01)</translation>
    </message>
    <message>
        <source>Your password on the server: the one your administrator gave you when the panel was deployed, or the one you have set since.</source>
        <translation>서버 비밀번호: 패널을 올릴 때 관리자가 준 비밀번호, 또는 그 뒤 직접 바꾼 비밀번호.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>위원(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>서버 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: a panel file is opened with File &gt; Open…</source>
        <translation>“%1”은(는) 서버 주소가 아닙니다. 패널 파일은 파일 &gt; 열기…로 엽니다.</translation>
    </message>
    <message>
        <source>Enter your member id.</source>
        <translation>위원 ID를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>비밀번호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>pd::DecideDialog</name>
    <message>
        <source>Decide the round</source>
        <translation>차수 결정</translation>
    </message>
    <message>
        <source>The decision is stored as a new version that cannot be changed, with the fingerprint of its inputs. Write the reason for each team that is eliminated or disqualified.</source>
        <translation>결정은 입력의 지문과 함께 변경할 수 없는 새 버전으로 저장됩니다. 탈락하거나 실격된 각 팀의 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>%1의 사유</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>결정(&amp;D)</translation>
    </message>
</context>
<context>
    <name>pd::DecisionPage</name>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>being scored</source>
        <translation>채점 중</translation>
    </message>
    <message>
        <source>locked: no more changes to scores or findings</source>
        <translation>잠김: 점수나 검증 결과를 더 이상 바꿀 수 없음</translation>
    </message>
    <message>
        <source>decided, not yet announced</source>
        <translation>결정됨, 아직 발표 전</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>발표됨</translation>
    </message>
    <message>
        <source>final</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Round %1: %2 (decision version %3)</source>
        <translation>차수 %1: %2 (결정 버전 %3)</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>차수 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Appeal window open until the end of %1: %n more day(s) after today.</source>
        <translation>
            <numerusform>이의 신청 기간은 %1 자정까지입니다: 오늘 이후 %n일 남았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appeal window open until the end of %1: today is the last day.</source>
        <translation>이의 신청 기간이 %1 끝까지입니다: 오늘이 마지막 날입니다.</translation>
    </message>
    <message>
        <source>Appeal window closed at the end of %1.</source>
        <translation>이의 신청 기간이 %1 끝에 종료되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) await a ruling.</source>
        <translation>
            <numerusform>이의 신청 %n건이 심사 결과를 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Final since %1. Fingerprint %2</source>
        <translation>%1부터 확정. 지문 %2</translation>
    </message>
    <message>
        <source>announced %1, appeals until %2</source>
        <translation>%1 발표, 이의 신청은 %2까지</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>%1 재개</translation>
    </message>
    <message>
        <source>final %1</source>
        <translation>%1 확정</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>결정일</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>late: refused by rule</source>
        <translation>기한 경과: 규정에 따라 각하</translation>
    </message>
    <message>
        <source>awaiting ruling</source>
        <translation>심사 대기 중</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>신청 사유</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>심사위원회</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>심사 결과</translation>
    </message>
    <message>
        <source>Lock the round</source>
        <translation>차수 잠금</translation>
    </message>
    <message>
        <source>Lock round %1? Nobody can change scores, sheets or findings afterwards; the next step is the decision.</source>
        <translation>차수 %1을(를) 잠그시겠습니까? 이후에는 누구도 점수, 평가표, 검증 결과를 바꿀 수 없으며, 다음 단계는 결정입니다.</translation>
    </message>
    <message>
        <source>Reopen the round</source>
        <translation>차수 재개</translation>
    </message>
    <message>
        <source>Why is the round reopened? (kept in the audit log)</source>
        <translation>차수를 재개하는 사유는 무엇입니까? (감사 기록에 보관됨)</translation>
    </message>
    <message>
        <source>Decide the round</source>
        <translation>차수 결정</translation>
    </message>
    <message>
        <source>Announce the decision</source>
        <translation>결정 발표</translation>
    </message>
    <message numerus="yes">
        <source>The day the decision is announced. The appeal window closes at the end of that day plus %n day(s); the version cannot be changed afterwards.</source>
        <translation>
            <numerusform>결정을 발표하는 날짜입니다. 이의 신청 기간은 그날로부터 %n일이 지난 날의 자정에 끝나며, 이후에는 이 버전을 변경할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record an appeal</source>
        <translation>이의 신청 기록</translation>
    </message>
    <message>
        <source>Appeal %1 of %2, filed %3: %4</source>
        <translation>이의 신청 %1 (%2), %3 접수: %4</translation>
    </message>
    <message>
        <source>Rule on appeal</source>
        <translation>이의 신청 심사</translation>
    </message>
    <message>
        <source>Make the decision final</source>
        <translation>결정 확정</translation>
    </message>
    <message>
        <source>Make decision version %1 final? It cannot be appealed or changed afterwards.</source>
        <translation>결정 버전 %1을(를) 확정하시겠습니까? 확정 후에는 이의 신청이나 변경을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>결정 보고서</translation>
    </message>
    <message>
        <source>Save the decision report</source>
        <translation>결정 보고서 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Loc&amp;k…</source>
        <translation>잠금(&amp;K)…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>재개(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>결정(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;nnounce…</source>
        <translation>발표(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Record appeal…</source>
        <translation>이의 신청 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>R&amp;ule on appeal…</source>
        <translation>이의 신청 심사(&amp;U)…</translation>
    </message>
    <message>
        <source>Finali&amp;ze…</source>
        <translation>확정(&amp;Z)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Write PDF…</source>
        <translation>PDF 저장(&amp;W)…</translation>
    </message>
    <message>
        <source>Full report (internal)</source>
        <translation>전체 보고서 (내부용)</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>공개 보고서</translation>
    </message>
    <message>
        <source>Public report: publish the scores of (team ids, comma separated)</source>
        <translation>공개 보고서: 점수를 공개할 팀 (팀 ID, 쉼표로 구분)</translation>
    </message>
    <message>
        <source>Decision versions</source>
        <translation>결정 버전</translation>
    </message>
    <message>
        <source>Outcomes and reasons</source>
        <translation>결과와 사유</translation>
    </message>
    <message>
        <source>Appeals register</source>
        <translation>이의 신청 대장</translation>
    </message>
    <message>
        <source>Recording the decision: fingerprinting the user ratings…</source>
        <translation>결정을 기록하는 중: 사용자 평가의 지문을 계산하고 있습니다…</translation>
    </message>
    <message>
        <source>Making the decision report…</source>
        <translation>결정 보고서를 작성하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Verifying the file…</source>
        <translation>파일을 검증하는 중…</translation>
    </message>
    <message>
        <source>Reading the round and its decision…</source>
        <translation>차수와 결정을 읽는 중…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>페이지를 배치하는 중…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF를 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>pd::ExpertWorkspace</name>
    <message>
        <source>Only experts and the chair hold score sheets.</source>
        <translation>평가표는 전문가와 위원장만 작성합니다.</translation>
    </message>
    <message>
        <source>You declared a conflict of interest with %1: you cannot open its sheet and see none of its scores.</source>
        <translation>%1에 대해 이해충돌을 신고했습니다. 이 팀의 평가표를 열 수 없으며 점수도 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>This sheet cannot be opened.</source>
        <translation>이 평가표를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Teams and my sheets — %1</source>
        <translation>팀과 내 평가표 — %1</translation>
    </message>
    <message>
        <source>Teams and my sheets</source>
        <translation>팀과 내 평가표</translation>
    </message>
</context>
<context>
    <name>pd::FindingsPage</name>
    <message>
        <source>Independence findings</source>
        <translation>독자성 검증 결과</translation>
    </message>
    <message>
        <source>%1 — conflict of interest</source>
        <translation>%1 — 이해충돌</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>⚠ %1 (differs from the findings)</source>
        <translation>⚠ %1 (검증 결과와 다름)</translation>
    </message>
    <message>
        <source>You declared a conflict of interest with %1: you cannot open its findings.</source>
        <translation>%1에 대해 이해충돌을 신고했으므로 검증 결과를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The findings of %1 cannot be opened.</source>
        <translation>%1의 검증 결과를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Independence findings — %1</source>
        <translation>독자성 검증 결과 — %1</translation>
    </message>
    <message>
        <source>Independence findings: choose a team</source>
        <translation>독자성 검증 결과: 팀을 선택하십시오</translation>
    </message>
    <message>
        <source>Panel verdict: %1</source>
        <translation>평가위원회 판정: %1</translation>
    </message>
    <message>
        <source>Panel verdict: %1 — %2</source>
        <translation>평가위원회 판정: %1 — %2</translation>
    </message>
    <message>
        <source>⚠ %1
This verdict differs from what the findings suggest.</source>
        <translation>⚠ %1
이 판정은 검증 결과가 제시하는 판정과 다릅니다.</translation>
    </message>
    <message>
        <source>Suggested by the findings (R5): %1</source>
        <translation>검증 결과에 따른 제안 판정 (R5): %1</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>%1에 대한 메모</translation>
    </message>
    <message>
        <source>Notes: select a component</source>
        <translation>메모: 구성요소를 선택하십시오</translation>
    </message>
    <message>
        <source>&lt;i&gt;No notes from other members.&lt;/i&gt;</source>
        <translation>&lt;i&gt;다른 위원의 메모가 없습니다.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Type the component&apos;s name first (for example: vision encoder).</source>
        <translation>먼저 구성요소 이름을 입력하십시오 (예: 비전 인코더).</translation>
    </message>
    <message>
        <source>Remove the component &quot;%1&quot;?</source>
        <translation>구성요소 &quot;%1&quot;을(를) 삭제하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the component &quot;%1&quot; and its %n note(s)?</source>
        <translation>
            <numerusform>구성요소 &quot;%1&quot;과(와) 메모 %n건을 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>근거 파일</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>팀(&amp;T)</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Model components</source>
        <translation>모델 구성요소</translation>
    </message>
    <message>
        <source>New &amp;component:</source>
        <translation>새 구성요소(&amp;C):</translation>
    </message>
    <message>
        <source>e.g. vision encoder</source>
        <translation>예: 비전 인코더</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Adds the component named on the left (Enter in the name field)</source>
        <translation>왼쪽에 입력한 이름으로 구성요소를 추가합니다 (이름 칸에서 Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Browse evidence…</source>
        <translation>근거 파일 찾기(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the evidence file of the selected component</source>
        <translation>선택한 구성요소의 근거 파일을 고릅니다</translation>
    </message>
    <message>
        <source>Your not&amp;e:</source>
        <translation>내 메모(&amp;E):</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>메모 저장(&amp;N)</translation>
    </message>
</context>
<context>
    <name>pd::ImportFlows</name>
    <message>
        <source>Import user ratings</source>
        <translation>사용자 평가 가져오기</translation>
    </message>
    <message>
        <source>Ratings (CSV, UTF-8) (*.csv *.txt);;All files (*)</source>
        <translation>사용자 평가 (CSV, UTF-8) (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The round already holds %1 user ratings. Replace them with the ratings of %2, or add the file&apos;s ratings to them (a rating already stored is then a duplicate)?</source>
        <translation>이 차수에는 이미 사용자 평가 %1건이 있습니다. %2의 평가로 교체하시겠습니까, 아니면 파일의 평가를 추가하시겠습니까 (이 경우 이미 저장된 평가는 중복으로 처리됩니다)?</translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>교체(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add to them</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Importing user ratings from %1…</source>
        <translation>%1에서 사용자 평가를 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Imported %1 ratings from %2, replacing %3.</source>
        <translation>%2에서 평가 %1건을 가져와 기존 %3건을 교체했습니다.</translation>
    </message>
    <message>
        <source>Imported %1 ratings from %2.</source>
        <translation>%2에서 평가 %1건을 가져왔습니다.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>%1 가져오기를 취소했습니다: 변경된 내용이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s).</source>
        <translation>
            <numerusform>%1을(를) 가져오지 못했습니다: 문제 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import benchmark results</source>
        <translation>벤치마크 결과 가져오기</translation>
    </message>
    <message>
        <source>Benchmark results (*.csv *.json);;All files (*)</source>
        <translation>벤치마크 결과 (*.csv *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import score sheets</source>
        <translation>평가표 가져오기</translation>
    </message>
    <message>
        <source>Score sheets (*.json);;All files (*)</source>
        <translation>평가표 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1을(를) 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Imported the sheets of %1 from %2: %3 score(s) written, %4 sheet(s) submitted.</source>
        <translation>%2에서 %1의 평가표를 가져왔습니다: 점수 %3건 기록, 평가표 %4건 제출.</translation>
    </message>
    <message>
        <source>Export my score sheets</source>
        <translation>내 평가표 내보내기</translation>
    </message>
    <message>
        <source>Score sheets (*.json)</source>
        <translation>평가표 (*.json)</translation>
    </message>
    <message>
        <source>Only the secretariat and the chair import user ratings.</source>
        <translation>사용자 평가는 간사와 위원장만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the secretariat and the chair import benchmark results.</source>
        <translation>벤치마크 결과는 간사와 위원장만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the chair imports score sheets.</source>
        <translation>평가표는 위원장만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Only experts and the chair hold score sheets to export.</source>
        <translation>내보낼 평가표는 전문가와 위원장에게만 있습니다.</translation>
    </message>
    <message>
        <source>Sign in with your passphrase to export your sheets: they are signed with your key.</source>
        <translation>평가표를 내보내려면 암호로 로그인하십시오: 평가표는 내 키로 서명됩니다.</translation>
    </message>
    <message>
        <source>Wrote your signed sheets to %1.</source>
        <translation>서명한 내 평가표를 %1에 썼습니다.</translation>
    </message>
</context>
<context>
    <name>pd::ImportProblemsDialog</name>
    <message>
        <source>Import refused — %1</source>
        <translation>가져오기 거부 — %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported&lt;/b&gt; from %1: the file has %n problem(s).</source>
        <translation>
            <numerusform>%1에서 &lt;b&gt;아무것도 가져오지 않았습니다&lt;/b&gt;: 파일에 문제가 %n건 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>처음 %1개를 표시합니다.</translation>
    </message>
    <message>
        <source>Correct the file and import it again.</source>
        <translation>파일을 수정한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>목록 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>PanelDesk</source>
        <translation>PanelDesk</translation>
    </message>
    <message>
        <source>No panel open</source>
        <translation>열린 평가 없음</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;demo panel</source>
        <translation>데모 평가 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PanelDesk</source>
        <translation>PanelDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — %2 — PanelDesk</source>
        <translation>%1 — %2 — PanelDesk</translation>
    </message>
    <message>
        <source>Open panel</source>
        <translation>평가 열기</translation>
    </message>
    <message>
        <source>PanelDesk panels (*.paneldesk *.db *.sqlite);;All files (*)</source>
        <translation>PanelDesk 평가 (*.paneldesk *.db *.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>About PanelDesk</source>
        <translation>PanelDesk 정보</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PanelDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Expert panels rank competing teams and defend the decision in public.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PanelDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;전문가 위원회가 경쟁 팀의 순위를 정하고 그 결정을 공개적으로 설명할 수 있게 돕습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>시스템 기본값(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>&amp;New panel from template…</source>
        <translation>템플릿으로 새 평가(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;witch member…</source>
        <translation>위원 전환(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>로그인(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>위원 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>My &amp;conflicts and passphrase…</source>
        <translation>내 이해충돌과 암호(&amp;C)…</translation>
    </message>
    <message>
        <source>Open R&amp;ecent</source>
        <translation>최근 파일 열기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fill offline score sheets…</source>
        <translation>오프라인 평가표 작성(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Benchmark results…</source>
        <translation>벤치마크 결과(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;User ratings…</source>
        <translation>사용자 평가(&amp;U)…</translation>
    </message>
    <message>
        <source>Score &amp;sheets…</source>
        <translation>평가표(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport my score sheets…</source>
        <translation>내 평가표 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Fill your sheets in My sheets, then File &gt; Export my score sheets… and give the file to the chair.</source>
        <translation>내 평가표에서 평가표를 작성한 뒤 파일 &gt; 내 평가표 내보내기…로 파일을 만들어 위원장에게 전달하십시오.</translation>
    </message>
    <message>
        <source>Fill offline score sheets</source>
        <translation>오프라인 평가표 작성</translation>
    </message>
    <message>
        <source>Score sheets (*.json);;All files (*)</source>
        <translation>평가표 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>복원(&amp;T)…</translation>
    </message>
    <message>
        <source>The backup was not restored: nobody signed in.</source>
        <translation>백업을 복원하지 않았습니다: 아무도 로그인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Restoring a backup needs the chair or the secretariat.</source>
        <translation>백업 복원은 위원장 또는 간사만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Backed up to %1 (audit chain head: entry %2)</source>
        <translation>%1에 백업했습니다 (감사 체인 헤드: 항목 %2)</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%2에서 %1을(를) 복원했습니다</translation>
    </message>
    <message>
        <source>Your passphrase (it opens your key, which signs the sheets you export):</source>
        <translation>암호 (내보내는 평가표에 서명할 내 키를 엽니다):</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>서버에 연결(&amp;S)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PanelDesk&lt;/h2&gt;&lt;p&gt;Open a panel database with &lt;b&gt;File &amp;gt; Open&lt;/b&gt; (Ctrl+O), connect to a panel on a shared server with &lt;b&gt;File &amp;gt; Connect to server&lt;/b&gt; (Ctrl+Shift+O), or look at the demo panel with &lt;b&gt;File &amp;gt; Open demo panel&lt;/b&gt; (Ctrl+D).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PanelDesk&lt;/h2&gt;&lt;p&gt;&lt;b&gt;파일 &amp;gt; 열기&lt;/b&gt;(Ctrl+O)로 평가 데이터베이스를 열거나, &lt;b&gt;파일 &amp;gt; 서버에 연결&lt;/b&gt;(Ctrl+Shift+O)로 공유 서버의 평가에 연결하거나, &lt;b&gt;파일 &amp;gt; 데모 평가 열기&lt;/b&gt;(Ctrl+D)로 데모 평가를 살펴보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Updated from the server</source>
        <translation>서버의 변경 사항으로 새로 고쳤습니다</translation>
    </message>
    <message>
        <source>Panel set&amp;up…</source>
        <translation>패널 설정(&amp;U)…</translation>
    </message>
    <message>
        <source>Panel setup</source>
        <translation>패널 설정</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>결정(&amp;D)</translation>
    </message>
    <message>
        <source>Start &amp;next round…</source>
        <translation>다음 차수 시작(&amp;N)…</translation>
    </message>
    <message>
        <source>Creates the next round&apos;s file from this final round: the advancing teams, re-called and re-entering teams, a new cut.</source>
        <translation>이 확정 차수에서 다음 차수 파일을 만듭니다: 진출 팀, 재호출 팀과 재참가 팀, 새 선정 기준.</translation>
    </message>
    <message>
        <source>Round %1 created: %2</source>
        <translation>차수 %1 생성됨: %2</translation>
    </message>
</context>
<context>
    <name>pd::MappingDialog</name>
    <message>
        <source>Benchmark mapping</source>
        <translation>벤치마크 매핑</translation>
    </message>
    <message>
        <source>Which benchmark of the round each task and metric of an lm-evaluation-harness file fills, and the factor its value is multiplied by. The panel keeps the mapping for the next files.</source>
        <translation>lm-evaluation-harness 파일의 각 태스크와 지표가 차수의 어느 벤치마크를 채우는지, 그리고 값에 곱할 배율을 지정합니다. 평가위원회는 이후 파일을 위해 이 매핑을 보관합니다.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>벤치마크</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>행 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>행 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(매핑 안 됨)</translation>
    </message>
</context>
<context>
    <name>pd::MembersDialog</name>
    <message>
        <source>Add member</source>
        <translation>위원 추가</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>위원 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Set &amp;passphrase</source>
        <translation>암호 설정(&amp;P)</translation>
    </message>
    <message>
        <source>Save &amp;conflicts</source>
        <translation>이해충돌 저장(&amp;C)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>이해충돌</translation>
    </message>
    <message>
        <source>Passphrase set</source>
        <translation>암호 설정됨</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>암호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>암호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>이해충돌:</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation>선택한 위원</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>새 암호:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>암호 확인:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호가 다릅니다.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Passphrase of %1 set.</source>
        <translation>%1의 암호를 설정했습니다.</translation>
    </message>
    <message>
        <source>Conflicts of %1 saved.</source>
        <translation>%1의 이해충돌을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>pd::NewPanelDialog</name>
    <message>
        <source>Add &amp;team</source>
        <translation>팀 추가(&amp;T)</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>팀 삭제</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create panel</source>
        <translation>평가 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>New panel from template</source>
        <translation>템플릿으로 새 평가</translation>
    </message>
    <message>
        <source>First evaluation</source>
        <translation>1차 평가</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>사업(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>차수(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>평가일(&amp;D):</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>팀:</translation>
    </message>
    <message>
        <source>Your &amp;id (chair):</source>
        <translation>내 ID(위원장)(&amp;I):</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>내 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>암호(&amp;P):</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>암호 확인:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>The first-evaluation template: benchmark 40, expert 35 and user 25 points, eliminate 1, appeal within 10 days. You become the panel&apos;s chair.</source>
        <translation>1차 평가 템플릿: 벤치마크 40점, 전문가 35점, 사용자 25점, 1개 팀 탈락, 이의 신청 10일. 만드는 사람이 위원장이 됩니다.</translation>
    </message>
    <message>
        <source>New panel</source>
        <translation>새 평가</translation>
    </message>
    <message>
        <source>PanelDesk panels (*.paneldesk)</source>
        <translation>PanelDesk 평가 (*.paneldesk)</translation>
    </message>
    <message>
        <source>Enter the program&apos;s name.</source>
        <translation>사업 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Add at least one team: each team gets its own benchmarks.</source>
        <translation>팀을 하나 이상 추가하세요. 팀마다 개별 벤치마크가 생깁니다.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호가 다릅니다.</translation>
    </message>
    <message>
        <source>Choose the file of the new panel.</source>
        <translation>새 평가를 저장할 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Re-called</source>
        <translation>재호출</translation>
    </message>
    <message>
        <source>First evaluation (eliminate 1)</source>
        <translation>1차 평가 (1팀 탈락)</translation>
    </message>
    <message>
        <source>Second evaluation (4 teams → 3, with re-called teams)</source>
        <translation>2차 평가 (4팀 → 3팀, 재호출 팀 포함)</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>템플릿(&amp;E):</translation>
    </message>
    <message>
        <source>Second evaluation</source>
        <translation>2차 평가</translation>
    </message>
    <message>
        <source>The second-evaluation template (round R2): the teams that advanced and those re-called (tick &quot;Re-called&quot;); the first evaluation&apos;s points, eliminate 1 (4 teams → 3), appeal within 10 days. You become the panel&apos;s chair.</source>
        <translation>2차 평가 템플릿(차수 R2): 1차를 통과한 팀과 재호출된 팀(&quot;재호출&quot;에 표시)으로 구성하며, 1차 평가와 같은 배점, 1팀 탈락(4팀 → 3팀), 10일 이내 이의 신청을 적용합니다. 본인이 패널의 위원장이 됩니다.</translation>
    </message>
</context>
<context>
    <name>pd::NextRoundDialog</name>
    <message>
        <source>Evaluation %1</source>
        <extracomment>The default name of the next round, %1 its number; Korean &quot;%1차 평가&quot;</extracomment>
        <translation>%1차 평가</translation>
    </message>
    <message>
        <source>Start next round</source>
        <translation>다음 차수 시작</translation>
    </message>
    <message>
        <source>Round %1 is final. The next round is a new file: the teams that advanced carry over with the categories, cut and appeal settings (to edit before scoring starts); re-called teams and teams that re-enter join them. Round %1&apos;s file stays as it is.</source>
        <translation>차수 %1이(가) 확정되었습니다. 다음 차수는 새 파일입니다: 진출한 팀이 평가 영역, 선정 기준, 이의신청 설정과 함께 넘어가고(채점 시작 전에 편집), 재호출 팀과 재참가 팀이 합류합니다. 차수 %1의 파일은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Round &amp;id:</source>
        <translation>차수 ID(&amp;I):</translation>
    </message>
    <message>
        <source>Round &amp;name:</source>
        <translation>차수 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Re-called &amp;teams:</source>
        <translation>재호출 팀(&amp;T):</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>팀 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move team</source>
        <translation>팀 삭제(&amp;M)</translation>
    </message>
    <message>
        <source>Re-&amp;entering teams:</source>
        <translation>재참가 팀(&amp;E):</translation>
    </message>
    <message>
        <source>Teams eliminated in round %1 that re-enter as new entries</source>
        <translation>차수 %1에서 탈락했다가 새로 참가하는 팀</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No team was eliminated in round %1.</source>
        <translation>차수 %1에서 탈락한 팀이 없습니다.</translation>
    </message>
    <message>
        <source>C&amp;ut:</source>
        <translation>선정 기준(&amp;U):</translation>
    </message>
    <message>
        <source>Eliminate the last</source>
        <translation>하위 탈락</translation>
    </message>
    <message>
        <source>Advance the first</source>
        <translation>상위 진출</translation>
    </message>
    <message>
        <source>Kind of cut</source>
        <translation>선정 기준 종류</translation>
    </message>
    <message>
        <source>Number of teams</source>
        <translation>팀 수</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>암호(&amp;P):</translation>
    </message>
    <message>
        <source>the chair&apos;s passphrase (it stays yours in the new round)</source>
        <translation>위원장 암호 (새 차수에서도 그대로 사용)</translation>
    </message>
    <message>
        <source>&amp;Create round</source>
        <translation>차수 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Row %1: enter the team&apos;s id.</source>
        <translation>%1행: 팀 ID를 입력하십시오.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a valid id: 1 to %3 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (no spaces).</source>
        <translation>%1행: &quot;%2&quot;은(는) 올바른 ID가 아닙니다: 영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; 1~%3자 (공백 없음).</translation>
    </message>
    <message>
        <source>Row %1: the id &quot;%2&quot; is taken: %3 advanced and carries over.</source>
        <translation>%1행: ID &quot;%2&quot;은(는) 이미 쓰입니다: %3은(는) 진출하여 넘어갑니다.</translation>
    </message>
    <message>
        <source>Row %1: the id &quot;%2&quot; is taken by %3 of round %4: tick it under Re-entering teams instead.</source>
        <translation>%1행: ID &quot;%2&quot;은(는) 차수 %4의 %3이(가) 씁니다: 대신 재참가 팀에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Row %1: the id &quot;%2&quot; is taken by row %3.</source>
        <translation>%1행: ID &quot;%2&quot;은(는) %3행이 씁니다.</translation>
    </message>
    <message numerus="yes">
        <source> team(s)</source>
        <extracomment>the suffix of the cut&apos;s number of teams (&quot;Eliminate the last 1 team&quot;)</extracomment>
        <translation>
            <numerusform>개 팀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will take part: %1</source>
        <translation>
            <numerusform>%n개 팀이 참가합니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none will be eliminated on score</source>
        <translation>점수로 탈락하는 팀은 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n will be eliminated on score</source>
        <translation>
            <numerusform>%n개 팀이 점수로 탈락합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>The next round&apos;s file</source>
        <translation>다음 차수 파일</translation>
    </message>
    <message>
        <source>PanelDesk panels (*.paneldesk)</source>
        <translation>PanelDesk 패널 (*.paneldesk)</translation>
    </message>
    <message>
        <source>%1 already exists: the next round needs a new file (choose another with Browse…).</source>
        <translation>%1이(가) 이미 있습니다: 다음 차수에는 새 파일이 필요합니다 (찾아보기로 다른 파일을 고르십시오).</translation>
    </message>
</context>
<context>
    <name>pd::PanelSetupDialog</name>
    <message>
        <source>Panel setup</source>
        <translation>패널 설정</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>차수(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>평가 영역(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Benchmarks</source>
        <translation>벤치마크(&amp;B)</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>평가 항목(&amp;U)</translation>
    </message>
    <message>
        <source>U&amp;ser panel</source>
        <translation>사용자 평가(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>팀(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>사업명(&amp;P):</translation>
    </message>
    <message>
        <source>Or&amp;ganizer:</source>
        <translation>주관 기관(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>안내문(&amp;N):</translation>
    </message>
    <message>
        <source>Round &amp;id:</source>
        <translation>차수 ID(&amp;I):</translation>
    </message>
    <message>
        <source>Round na&amp;me:</source>
        <translation>차수 이름(&amp;M):</translation>
    </message>
    <message>
        <source>Evaluation &amp;date:</source>
        <translation>평가일(&amp;D):</translation>
    </message>
    <message>
        <source>Appeal da&amp;ys:</source>
        <translation>이의신청 기간(일)(&amp;Y):</translation>
    </message>
    <message>
        <source>Decimals sho&amp;wn:</source>
        <translation>표시 소수 자릿수(&amp;W):</translation>
    </message>
    <message>
        <source>Eliminate</source>
        <translation>탈락</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>진출</translation>
    </message>
    <message>
        <source>Cut &amp;line:</source>
        <translation>선정 기준(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Floor (minimum total):</source>
        <translation>최저 총점(&amp;F):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Tie-break &amp;order:</source>
        <translation>동점 처리 순서(&amp;O):</translation>
    </message>
    <message>
        <source>category ids, best first (empty: category order)</source>
        <translation>평가 영역 ID, 우선순위 순 (비우면 영역 순서)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>집계</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>절사 수</translation>
    </message>
    <message>
        <source>Scale min</source>
        <translation>척도 최소</translation>
    </message>
    <message>
        <source>Scale max</source>
        <translation>척도 최대</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Benchmark &amp;groups:</source>
        <translation>벤치마크 그룹(&amp;G):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>평가 영역</translation>
    </message>
    <message>
        <source>Achievement cap</source>
        <translation>달성률 상한</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>우수 방향</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Entered round</source>
        <translation>참가 차수</translation>
    </message>
    <message>
        <source>Insert adds a row, Shift+Delete removes the current one; F2 or typing edits a cell, Tab leaves the table.</source>
        <translation>Insert 키는 행 추가, Shift+Delete는 현재 행 삭제, F2 또는 입력은 셀 편집, Tab은 표에서 나갑니다.</translation>
    </message>
    <message>
        <source>Standings with this setup (pre&amp;view):</source>
        <translation>이 설정의 순위 (미리보기)(&amp;V):</translation>
    </message>
    <message>
        <source>S&amp;how field</source>
        <translation>해당 칸 보기(&amp;H)</translation>
    </message>
    <message>
        <source>R&amp;eason for the change:</source>
        <translation>변경 사유(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>No score has been entered yet: Apply changes the setup at once, recorded in the audit log.</source>
        <translation>아직 입력된 점수가 없습니다. 적용하면 설정이 바로 바뀌고 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Scores have been entered: a change needs your reason, which the audit log keeps.</source>
        <translation>점수가 입력되어 있습니다. 변경하려면 사유가 필요하며 감사 로그에 남습니다.</translation>
    </message>
    <message>
        <source>The setup passes every check.</source>
        <translation>설정이 모든 검사를 통과했습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applied: the setup is saved and recorded in the audit log.</source>
        <translation>적용됨: 설정이 저장되고 감사 로그에 기록되었습니다.</translation>
    </message>
    <message>
        <source>Close without applying your changes?</source>
        <translation>변경 사항을 적용하지 않고 닫을까요?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot;은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>다음 중 하나를 고르십시오: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>no %1 category &quot;%2&quot;</source>
        <translation>%1 영역 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>no benchmark group &quot;%1&quot;</source>
        <translation>벤치마크 그룹 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>시작 점수</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Score ba&amp;nds of the selected item:</source>
        <translation>선택한 항목의 점수 구간(&amp;N):</translation>
    </message>
    <message>
        <source>Score ba&amp;nds of &quot;%1&quot; (each from its score up to the next band; shown beside the score on the sheet):</source>
        <translation>&quot;%1&quot;의 점수 구간(&amp;N) (각 구간은 시작 점수부터 다음 구간 전까지, 평가표의 점수 옆에 표시):</translation>
    </message>
    <message>
        <source>Bench&amp;marks (teams: empty for every team, else the ids it applies to; targets: team=target for a target_ratio group, e.g. lg=88, skt=90):</source>
        <translation>벤치마크(&amp;M) (팀: 비우면 모든 팀, 아니면 적용되는 팀 ID; 목표치: target_ratio 그룹에서 팀=목표치, 예: lg=88, skt=90):</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>목표치</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not team=target (e.g. lg=88)</source>
        <translation>&quot;%1&quot;은(는) 팀=목표치 형식이 아닙니다 (예: lg=88)</translation>
    </message>
</context>
<context>
    <name>pd::PanelView</name>
    <message>
        <source>&amp;Standings</source>
        <translation>순위(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>진행 현황(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>감사 기록(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;My sheets</source>
        <translation>내 평가표(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Independence</source>
        <translation>독자성(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>차트(&amp;C)</translation>
    </message>
    <message>
        <source>Sensi&amp;tivity</source>
        <translation>민감도(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>평가 일치도(&amp;G)</translation>
    </message>
    <message>
        <source>D&amp;ecision</source>
        <translation>결정(&amp;E)</translation>
    </message>
</context>
<context>
    <name>pd::ProgressPage</name>
    <message numerus="yes">
        <source>Submitted %1 of %2 expected sheets; %n missing.</source>
        <translation>
            <numerusform>평가표 %2장 중 %1장 제출, %n장 미제출.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen sheet</source>
        <translation>평가표 재개</translation>
    </message>
    <message>
        <source>&amp;Reopen sheet…</source>
        <translation>평가표 재개(&amp;R)…</translation>
    </message>
    <message>
        <source>Send the selected submitted sheet back to draft, with a reason</source>
        <translation>선택한 제출 평가표를 사유와 함께 작성 중 상태로 되돌립니다</translation>
    </message>
    <message>
        <source>Progress: members and teams</source>
        <translation>진행 현황: 위원별·팀별</translation>
    </message>
    <message>
        <source>Select a submitted sheet to reopen it.</source>
        <translation>재개하려면 제출된 평가표를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>pd::RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>최근 파일 목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>recent file: file name (its folder)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <comment>recent file: number (the mnemonic), file name</comment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (not found)</source>
        <comment>recent file that no longer exists</comment>
        <translation>&amp;%1 %2 (찾을 수 없음)</translation>
    </message>
</context>
<context>
    <name>pd::ReopenSheetDialog</name>
    <message>
        <source>&amp;Reopen</source>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <source>Reopen sheet</source>
        <translation>평가표 재개</translation>
    </message>
    <message>
        <source>Reopen %1&apos;s sheet for %2?</source>
        <translation>%1 위원의 %2 평가표를 재개하시겠습니까?</translation>
    </message>
    <message>
        <source>The sheet goes back to draft: %1 can change it and must submit it again. Until then its scores no longer count.</source>
        <translation>평가표가 작성 중 상태로 돌아갑니다. %1 위원이 수정한 뒤 다시 제출해야 하며, 그때까지 이 평가표의 점수는 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>R&amp;eason (kept in the audit log):</source>
        <translation>사유(&amp;E, 감사 기록에 보관됨):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Why the sheet is reopened (required)</source>
        <translation>평가표를 재개하는 사유 (필수)</translation>
    </message>
</context>
<context>
    <name>pd::RulingDialog</name>
    <message>
        <source>Rule on appeal</source>
        <translation>이의 신청 심사</translation>
    </message>
    <message>
        <source>Rejected: the decision stands</source>
        <translation>기각: 결정이 유지됩니다</translation>
    </message>
    <message>
        <source>Upheld: the round reopens for a new decision version</source>
        <translation>인용: 새 결정 버전을 위해 차수가 재개됩니다</translation>
    </message>
    <message>
        <source>&amp;Ruling:</source>
        <translation>심사 결과(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
</context>
<context>
    <name>pd::SensitivityPage</name>
    <message>
        <source>%1 (stored %2)</source>
        <translation>%1 (저장값 %2)</translation>
    </message>
    <message>
        <source>%1: %2 points in the scenario (stored: %3)</source>
        <translation>%1: 시나리오 배점 %2점 (저장값: %3)</translation>
    </message>
    <message>
        <source>Under this scenario every team keeps its stored outcome.</source>
        <translation>이 시나리오에서는 모든 팀이 저장된 결과를 유지합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Under this scenario %n team(s) change outcome (highlighted).</source>
        <translation>
            <numerusform>이 시나리오에서는 %n개 팀의 결과가 변경됩니다 (강조 표시).</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave one expert out: no expert has a submitted sheet.</source>
        <translation>전문가 1인 제외: 제출된 평가표가 있는 전문가가 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>without %1: %2</source>
        <translation>%1 제외 시: %2</translation>
    </message>
    <message numerus="yes">
        <source>Leave one expert out: leaving out any one of the %n expert(s) changes no outcome.</source>
        <translation>
            <numerusform>전문가 1인 제외: 전문가 %n명 중 누구를 제외하더라도 결과가 변경되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave one expert out: %1</source>
        <translation>전문가 1인 제외: %1</translation>
    </message>
    <message>
        <source>Sensitivity of the cut</source>
        <translation>컷 민감도</translation>
    </message>
    <message>
        <source>Analysis only — the stored configuration is not changed. Move a weight (the others are rescaled to keep the total of %1 points), switch the expert aggregation or leave one expert out to see which outcomes would change.</source>
        <translation>분석 전용 — 저장된 설정은 변경되지 않습니다. 배점을 조정하거나(총점 %1점을 유지하도록 다른 부문은 비례 조정됨), 전문가 집계 방식을 변경하거나, 전문가 1인을 제외하여 어떤 결과가 변경되는지 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Category weights (points)</source>
        <translation>부문 가중치 (배점)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>절사 평균</translation>
    </message>
    <message>
        <source>E&amp;xpert aggregation:</source>
        <translation>전문가 점수 집계(&amp;X):</translation>
    </message>
    <message>
        <source>Trim &amp;k:</source>
        <translation>절사 개수(&amp;K):</translation>
    </message>
    <message>
        <source>Lea&amp;ve out:</source>
        <translation>제외할 전문가(&amp;V):</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the stored weights and aggregation, nobody left out</source>
        <translation>저장된 배점 및 집계 방식으로 되돌리고 제외된 전문가 없음으로 설정</translation>
    </message>
    <message>
        <source>Computing the sensitivity of the cut…</source>
        <translation>컷 민감도를 계산하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The analysis was cancelled. Move a control or press Reset to compute it again.</source>
        <translation>분석을 취소했습니다. 다시 계산하려면 설정을 변경하거나 초기화를 누르십시오.</translation>
    </message>
</context>
<context>
    <name>pd::SensitivityTableModel</name>
    <message>
        <source>advance</source>
        <translation>진출</translation>
    </message>
    <message>
        <source>eliminated (score)</source>
        <translation>탈락 (점수)</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>실격</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>tie at the cut</source>
        <translation>컷 동점</translation>
    </message>
    <message>
        <source>never (independence)</source>
        <translation>해당 없음 (독자성)</translation>
    </message>
    <message>
        <source>not adjustable</source>
        <translation>조정 불가</translation>
    </message>
    <message>
        <source>none in range</source>
        <translation>범위 내 없음</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Outcome changes under this scenario: %1 → %2</source>
        <translation>이 시나리오에서 결과 변경: %1 → %2</translation>
    </message>
    <message>
        <source>raising it by %1 points (to %2) gives %3</source>
        <translation>%1점 상향(%2점) 시 %3</translation>
    </message>
    <message>
        <source>lowering it by %1 points (to %2) gives %3</source>
        <translation>%1점 하향(%2점) 시 %3</translation>
    </message>
    <message>
        <source>Disqualified or pending on independence: no weight changes the outcome</source>
        <translation>실격 또는 독자성 판정 보류: 배점을 변경해도 결과가 달라지지 않습니다</translation>
    </message>
    <message>
        <source>No weight of this category within 0 to the total changes the outcome</source>
        <translation>이 부문의 배점을 0부터 총점까지 변경해도 결과가 달라지지 않습니다</translation>
    </message>
    <message>
        <source>The smallest change of this category&apos;s points (the others rescaled to keep the total) after which the team&apos;s outcome differs from the scenario</source>
        <translation>팀의 결과가 시나리오와 달라지게 되는 이 부문 배점의 최소 변경량 (총점을 유지하도록 다른 부문은 비례 조정됨)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Stored outcome</source>
        <translation>저장된 결과</translation>
    </message>
    <message>
        <source>Stored total</source>
        <translation>저장된 총점</translation>
    </message>
    <message>
        <source>Scenario outcome</source>
        <translation>시나리오 결과</translation>
    </message>
    <message>
        <source>Scenario total</source>
        <translation>시나리오 총점</translation>
    </message>
    <message>
        <source>%1 (%2): flips at</source>
        <translation>%1 (%2): 전환점</translation>
    </message>
</context>
<context>
    <name>pd::SheetEditor</name>
    <message>
        <source>Submit sheet</source>
        <translation>평가표 제출</translation>
    </message>
    <message>
        <source>Submit your sheet for %1 with a total of %2 / %3? It is then locked; only the chair can reopen it.</source>
        <translation>%1 평가표를 합계 %2 / %3(으)로 제출하시겠습니까? 제출하면 잠기며 위원장만 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <source>No sheet selected</source>
        <translation>선택된 평가표 없음</translation>
    </message>
    <message>
        <source>Score sheet: %1</source>
        <translation>평가표: %1</translation>
    </message>
    <message>
        <source>Submitted: this sheet is locked. Only the chair can reopen it.</source>
        <translation>제출됨: 이 평가표는 잠겼습니다. 위원장만 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Rubric items</source>
        <translation>평가 항목</translation>
    </message>
    <message>
        <source>Overall &amp;opinion:</source>
        <translation>종합 의견(&amp;O):</translation>
    </message>
    <message>
        <source>Overall opinion</source>
        <translation>종합 의견</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit...</source>
        <translation>제출(&amp;S)...</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Total: %1 / %2</source>
        <translation>합계: %1 / %2</translation>
    </message>
    <message>
        <source>The round is locked: scores, comments and opinions can no longer change. This sheet is shown read-only.</source>
        <translation>차수가 잠겼습니다: 점수, 의견, 종합 의견을 더 이상 바꿀 수 없습니다. 이 평가표는 읽기 전용으로 표시됩니다.</translation>
    </message>
    <message>
        <source>%1: enter a score from 0 to %2 to see its band</source>
        <translation>%1: 0~%2 사이의 점수를 입력하면 구간이 보입니다</translation>
    </message>
    <message>
        <source>Score band</source>
        <translation>점수 구간</translation>
    </message>
</context>
<context>
    <name>pd::SheetListModel</name>
    <message>
        <source>You declared a conflict of interest with %1: you hold no sheet for it.</source>
        <translation>%1에 대해 이해충돌을 신고했습니다. 이 팀의 평가표는 없습니다.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>My sheet</source>
        <translation>내 평가표</translation>
    </message>
</context>
<context>
    <name>pd::SheetTableModel</name>
    <message>
        <source>Enter a score from 0 to %1 in steps of %2.</source>
        <translation>0부터 %1까지 %2 단위로 점수를 입력하십시오.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (use a decimal point, e.g. 7.5). %3</source>
        <translation>%1: &quot;%2&quot;은(는) 숫자가 아닙니다(소수점은 마침표로 씁니다. 예: 7.5). %3</translation>
    </message>
    <message>
        <source>%1: %2 is out of range. %3</source>
        <translation>%1: %2은(는) 범위를 벗어났습니다. %3</translation>
    </message>
    <message>
        <source>%1: %2 is not a multiple of %3. %4</source>
        <translation>%1: %2은(는) %3의 배수가 아닙니다. %4</translation>
    </message>
    <message>
        <source>Undo refused: %1</source>
        <translation>실행 취소 거부: %1</translation>
    </message>
    <message>
        <source>Redo refused: %1</source>
        <translation>다시 실행 거부: %1</translation>
    </message>
    <message>
        <source>The sheet cannot be submitted: no score yet for %1.</source>
        <translation>평가표를 제출할 수 없습니다. 아직 점수가 없는 항목: %1.</translation>
    </message>
    <message>
        <source>The sheet is submitted: its opinion can no longer change.</source>
        <translation>제출된 평가표입니다. 종합 의견을 더 이상 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>0 to %1 in steps of %2</source>
        <translation>0~%1, %2 단위</translation>
    </message>
    <message>
        <source>%1: enter a score before its comment.</source>
        <translation>%1: 의견보다 점수를 먼저 입력하십시오.</translation>
    </message>
    <message>
        <source>%1: a score cannot be removed (use Undo). Enter a score from 0 to %2 in steps of %3.</source>
        <translation>%1: 점수는 지울 수 없습니다(실행 취소를 사용하십시오). 0부터 %2까지 %3 단위로 점수를 입력하십시오.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>The round is locked: the opinion can no longer change.</source>
        <translation>차수가 잠겼습니다: 종합 의견을 더 이상 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 이상 %2 미만</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 이상 %2 이하</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: enter a score to see its band</source>
        <translation>%1: 점수를 입력하면 구간이 보입니다</translation>
    </message>
    <message>
        <source>%1: %2 is below every described band</source>
        <translation>%1: %2은(는) 설명된 모든 구간보다 낮습니다</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>pd::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 — no passphrase set — ask the chair</source>
        <translation>%1 — 암호 미설정 — 위원장에게 요청하세요</translation>
    </message>
    <message>
        <source>Demo panel: the passphrases are %1 for the chair, %2 for the experts and %3 for the secretariat.</source>
        <translation>데모 평가: 암호는 위원장 %1, 전문가 %2, 간사 %3입니다.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>위원(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>암호(&amp;P):</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>%n초 후에 다시 시도할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>암호가 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>pd::StandingsPage</name>
    <message>
        <source>Standings</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Outcomes and reasons</source>
        <translation>결과와 사유</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Averages over %n team(s): total %1; </source>
        <translation>
            <numerusform>%n개 팀 평균: 총점 %1; </numerusform>
        </translation>
    </message>
    <message>
        <source>Standings complete (cut: %1).</source>
        <translation>순위 확정 가능 (기준: %1).</translation>
    </message>
    <message>
        <source>Standings not complete: pending verdicts, ties at the cut or missing inputs.</source>
        <translation>순위 미완성: 보류된 판정, 기준선 동점 또는 누락된 입력이 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Outcomes and reasons:</source>
        <translation>결과와 사유(&amp;O):</translation>
    </message>
    <message numerus="yes">
        <source>Expert scores of %n team(s) are hidden until you submit your own sheet for them; totals, averages and outcomes are not shown.</source>
        <translation>
            <numerusform>내 평가표를 제출하기 전까지 %n개 팀의 전문가 점수는 가려집니다. 총점, 평균, 결과도 표시하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;benchmark groups</source>
        <translation>벤치마크 그룹 표시(&amp;B)</translation>
    </message>
    <message>
        <source>Adds a column per benchmark group after the total</source>
        <translation>총점 뒤에 벤치마크 그룹별 열을 추가합니다</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>being scored</source>
        <translation>채점 중</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>decided, not yet announced</source>
        <translation>결정됨, 아직 발표 전</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>발표됨</translation>
    </message>
    <message>
        <source>final</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <source>Round %1 is %2. Nobody is signed in: before the decision is announced only the teams are shown, no score, rank or outcome. Members sign in (File &gt; Sign in) to see what their role may see.</source>
        <translation>차수 %1: %2. 로그인한 위원이 없습니다: 결정이 발표되기 전에는 팀만 표시하며 점수, 순위, 결과는 표시하지 않습니다. 위원이 로그인(파일 &gt; 로그인)하면 역할에 따라 볼 수 있는 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>The public disclosure of decision version %1, announced %2: outcomes, reasons, verdicts and the averages. Scores are published for: %3.</source>
        <translation>결정 버전 %1의 공개 내용 (%2 발표): 결과, 사유, 판정, 평균. 점수 공개 대상: %3.</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Final since %1.</source>
        <translation>%1부터 확정.</translation>
    </message>
    <message>
        <source>Reopened on appeal since: round %1 is %2.</source>
        <translation>이의 신청으로 재개되었습니다. 현재 차수 %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) in the round.</source>
        <translation>
            <numerusform>이 차수에 %n개 팀이 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pd::StandingsTableModel</name>
    <message>
        <source>pending</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>advance</source>
        <translation>진출</translation>
    </message>
    <message>
        <source>eliminated (score)</source>
        <translation>탈락 (점수)</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>실격</translation>
    </message>
    <message>
        <source>tie at the cut</source>
        <translation>기준선 동점</translation>
    </message>
    <message>
        <source>%1: up to %2 points</source>
        <translation>%1: 최대 %2점</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>총점 (%1)</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>독자성</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Hidden until you submit your own sheet for this team (or you have a conflict of interest with it)</source>
        <translation>이 팀에 대한 내 평가표를 제출할 때까지 가려집니다 (또는 이해충돌이 있는 팀입니다)</translation>
    </message>
    <message>
        <source>Ranks and outcomes are hidden while some expert scores are hidden from you</source>
        <translation>일부 전문가 점수가 가려져 있는 동안에는 순위와 결과를 표시하지 않습니다</translation>
    </message>
    <message>
        <source>⚠ %1 (findings suggest %2)</source>
        <translation>⚠ %1 (검증 결과 제안: %2)</translation>
    </message>
    <message>
        <source>The panel&apos;s verdict differs from what the recorded findings suggest (R5).
%1</source>
        <translation>평가위원회 판정이 기록된 검증 결과의 제안 판정과 다릅니다 (R5).
%1</translation>
    </message>
    <message>
        <source>Could lose %1 points before the outcome changes, everything else equal</source>
        <translation>다른 조건이 같다면 %1점을 잃기 전까지 결과가 바뀌지 않습니다</translation>
    </message>
    <message>
        <source>Needs %1 more points to change the outcome, everything else equal</source>
        <translation>다른 조건이 같다면 결과가 바뀌려면 %1점이 더 필요합니다</translation>
    </message>
    <message>
        <source>Rank among the teams whose independence verdict is pass (R6)</source>
        <translation>독자성 판정이 합격인 팀 사이의 순위 (R6)</translation>
    </message>
    <message>
        <source>Points above (+) or below (−) the cut line, everything else equal</source>
        <translation>다른 조건이 같을 때 컷 기준선 위(+) 또는 아래(−)의 점수 차</translation>
    </message>
    <message>
        <source>Eligible rank</source>
        <translation>자격 순위</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Margin to cut</source>
        <translation>컷 기준선과의 차</translation>
    </message>
    <message>
        <source>Not published: the announced decision publishes this team&apos;s outcome, not its scores</source>
        <translation>공개되지 않음: 발표된 결정은 이 팀의 결과만 공개하고 점수는 공개하지 않습니다</translation>
    </message>
    <message>
        <source>Nothing is published before the decision is announced; members sign in to see more</source>
        <translation>결정이 발표되기 전에는 아무것도 공개되지 않습니다. 더 보려면 위원으로 로그인하십시오</translation>
    </message>
</context>
<context>
    <name>pd::TieDialog</name>
    <message>
        <source>Resolve the tie at the cut</source>
        <translation>컷 동점 처리</translation>
    </message>
    <message>
        <source>Tied teams, best first</source>
        <translation>동점 팀 (상위 팀부터)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>These teams share the eligible rank at the cut line. Put them in the order the panel decided, best first, and write the rationale; both are recorded with the decision and its fingerprint.</source>
        <translation>이 팀들은 컷 기준선에서 같은 자격 순위를 공유합니다. 평가위원회가 결정한 순서대로 상위 팀부터 배치하고 근거를 적으십시오. 둘 다 결정 및 그 지문과 함께 기록됩니다.</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>순서(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>근거(&amp;R):</translation>
    </message>
</context>
<context>
    <name>pd::VerdictPanel</name>
    <message>
        <source>Record verdict</source>
        <translation>판정 기록</translation>
    </message>
    <message>
        <source>The findings suggest %1 (%2). Record %3 anyway? The team will be shown with a warning wherever its verdict appears.</source>
        <translation>검증 결과는 %1을(를) 제안합니다 (%2). 그래도 %3(으)로 기록하시겠습니까? 이 팀의 판정이 표시되는 모든 곳에 경고가 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>Panel verdict (chair)</source>
        <translation>평가위원회 판정 (위원장)</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>판정(&amp;V):</translation>
    </message>
    <message>
        <source>Rati&amp;onale:</source>
        <translation>근거(&amp;O):</translation>
    </message>
    <message>
        <source>Recor&amp;d verdict</source>
        <translation>판정 기록(&amp;D)</translation>
    </message>
</context>
<context>
    <name>pd::WriteWaitPrompt</name>
    <message>
        <source>Waiting to save</source>
        <translation>저장 대기 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>writing to this panel</source>
        <translation>이 패널에 기록하는 중</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for another PanelDesk (%1)…
PanelDesk waits up to %n second(s), then gives up without saving anything.</source>
        <translation>
            <numerusform>다른 PanelDesk를 기다리는 중입니다 (%1)…
PanelDesk는 최대 %n초 동안 기다린 뒤 아무것도 저장하지 않고 멈춥니다.</numerusform>
        </translation>
    </message>
</context>
</TS>
