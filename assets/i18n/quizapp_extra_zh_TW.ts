<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>ResultsChart</name>
    <message>
        <location filename="../work/main/quizapp/gui/results_chart.py" line="58" />
        <source>Results by part</source>
        <translation>分項成績</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/results_chart.py" line="60" />
        <location filename="../work/main/quizapp/gui/results_chart.py" line="110" />
        <source>No answers to show yet.</source>
        <translation>還沒有可顯示的作答。</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/results_chart.py" line="62" />
        <source>%1: %2 of %3 right, %4 percent</source>
        <translation>%1：%3 題答對 %2 題，%4%</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/results_chart.py" line="62" />
        <location filename="../work/main/quizapp/gui/results_chart.py" line="115" />
        <location filename="../work/main/quizapp/gui/results_chart.py" line="129" />
        <source>Introduction</source>
        <translation>導言</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="515" />
        <source>Introduction</source>
        <translation>導言</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="527" />
        <source>No event chosen</source>
        <translation>尚未選擇事件</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="529" />
        <source>Click an event, or use the arrow keys, to read its passage.</source>
        <translation>點擊一個事件，或用方向鍵選擇，即可閱讀相應段落。</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="539" />
        <source>Other dates given for this: %1</source>
        <translation>文中給出的其他日期：%1</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="546" />
        <source>Other passages give another date.</source>
        <translation>其他段落給出了不同的日期。</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="563" />
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>放大（+、Ctrl+滾輪）</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="564" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="565" />
        <source>Zoom out (-, Ctrl+wheel)</source>
        <translation>縮小（-、Ctrl+滾輪）</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="566" />
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="567" />
        <source>Fit</source>
        <translation>全覽</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="568" />
        <source>Show the whole timeline (0)</source>
        <translation>顯示整條時間軸（0）</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="569" />
        <source>Fit the whole timeline</source>
        <translation>顯示整條時間軸</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="570" />
        <source>Drag to move; ≈ marks a stretch of empty years drawn short.</source>
        <translation>拖曳可移動；≈ 表示此處略去了一段沒有事件的年份。</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="571" />
        <source>Timeline of the article's events</source>
        <translation>條目事件時間軸</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="573" />
        <source>Events by date, one lane per section. Left and Right arrows choose the previous or next event; plus and minus zoom.</source>
        <translation>按日期排列的事件，每個章節一行。左右方向鍵選擇上一個或下一個事件；加號和減號縮放。</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="575" />
        <source>Show in source</source>
        <translation>在原文中檢視</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="576" />
        <source>Open the article at this event's passage</source>
        <translation>開啟條目並定位到此事件的段落</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="577" />
        <source>Quiz me on this period</source>
        <translation>測驗這一時期</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="578" />
        <source>Start a quiz on the questions about this period</source>
        <translation>用關於這一時期的題目開始測驗</translation>
    </message>
    <message>
        <location filename="../work/main/quizapp/gui/timeline_view.py" line="579" />
        <source>Chosen event</source>
        <translation>所選事件</translation>
    </message>
</context>
</TS>